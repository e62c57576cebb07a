package org.milmove.cli.gen;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate's subject as MilMove stores it in {@code client_certs.subject}: the text of Go's
 * {@code pkix.Name.String()}, which is not RFC 2253 as Java writes it. Go gathers the attributes it knows by type, in a
 * fixed order (all OUs in one multi-valued RDN: {@code OU=DoD+OU=PKI+OU=USN}), writes SERIALNUMBER and POSTALCODE by
 * name, and writes any other attribute as {@code <oid>=#<hex>} of its value re-encoded the way Go's asn1 package
 * encodes a string (PrintableString if it can, else UTF8String).
 */
final class GoSubject {
    /** Go's named attributes (OID arc 2.5.4.n), in the order its ToRDNSequence emits them. */
    private static final Map<String, String> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("2.5.4.6", "C");
        NAMED.put("2.5.4.8", "ST");
        NAMED.put("2.5.4.7", "L");
        NAMED.put("2.5.4.9", "STREET");
        NAMED.put("2.5.4.17", "POSTALCODE");
        NAMED.put("2.5.4.10", "O");
        NAMED.put("2.5.4.11", "OU");
        NAMED.put("2.5.4.3", "CN");
        NAMED.put("2.5.4.5", "SERIALNUMBER");
    }

    private static final int SEQUENCE = 0x30;
    private static final int SET = 0x31;
    private static final int OID = 0x06;
    private static final int UTF8_STRING = 0x0c;
    private static final int PRINTABLE_STRING = 0x13;

    private record Attribute(String oid, String text, byte[] der) {
    }

    private GoSubject() {
    }

    /** @param name the DER encoding of an X.509 Name, e.g. {@code X500Principal.getEncoded()} */
    static String of(byte[] name) {
        List<Attribute> attributes = attributes(name);
        Map<String, List<String>> named = new LinkedHashMap<>();
        NAMED.keySet().forEach(oid -> named.put(oid, new ArrayList<>()));
        List<List<String>> rdns = new ArrayList<>();
        for (Attribute a : attributes) {
            if (NAMED.containsKey(a.oid())) {
                if (a.text() != null) {
                    List<String> values = named.get(a.oid());
                    if (a.oid().equals("2.5.4.3") || a.oid().equals("2.5.4.5")) {
                        values.clear(); // one common name and one serial number: the last wins
                    }
                    values.add(escape(a.text()));
                }
            } else {
                // Go puts other attributes first in its sequence, so they come last in the text.
                rdns.add(List.of(a.oid() + "=#" + HexFormat.of().formatHex(goEncoding(a))));
            }
        }
        named.forEach((oid, values) -> {
            if (!values.isEmpty()) {
                rdns.add(values.stream().map(value -> NAMED.get(oid) + "=" + value).toList());
            }
        });
        List<String> text = new ArrayList<>();
        for (int i = rdns.size() - 1; i >= 0; i--) {
            text.add(String.join("+", rdns.get(i)));
        }
        return String.join(",", text);
    }

    private static List<Attribute> attributes(byte[] name) {
        Der der = new Der(name);
        Der rdnSequence = der.inside(SEQUENCE);
        List<Attribute> attributes = new ArrayList<>();
        while (rdnSequence.hasMore()) {
            Der rdn = rdnSequence.inside(SET);
            while (rdn.hasMore()) {
                Der pair = rdn.inside(SEQUENCE);
                String oid = oid(pair.value(OID));
                int start = pair.position;
                int tag = pair.tag();
                byte[] value = pair.value(-1);
                byte[] whole = Arrays.copyOfRange(pair.bytes, start, pair.position);
                attributes.add(new Attribute(oid, text(tag, value), whole));
            }
        }
        return attributes;
    }

    /** The value as Go's asn1 reads it into a string, or null for a type it does not read as one. */
    private static String text(int tag, byte[] value) {
        return switch (tag) {
            // Go takes T61String's bytes as they are, as it does the bytes of the UTF-8 compatible types.
            case 0x0c, 0x12, 0x13, 0x14, 0x16 -> new String(value, StandardCharsets.UTF_8);
            case 0x1e -> new String(value, StandardCharsets.UTF_16BE);
            default -> null;
        };
    }

    private static byte[] goEncoding(Attribute a) {
        if (a.text() == null) {
            return a.der();
        }
        byte[] utf8 = a.text().getBytes(StandardCharsets.UTF_8);
        int tag = a.text().chars().allMatch(GoSubject::isPrintable) ? PRINTABLE_STRING : UTF8_STRING;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (utf8.length < 0x80) {
            out.write(utf8.length);
        } else {
            byte[] length = BigInteger.valueOf(utf8.length).toByteArray();
            int skip = length[0] == 0 ? 1 : 0;
            out.write(0x80 | (length.length - skip));
            out.write(length, skip, length.length - skip);
        }
        out.writeBytes(utf8);
        return out.toByteArray();
    }

    /** Go's PrintableString test, which refuses {@code *} and {@code &} when it encodes. */
    private static boolean isPrintable(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= '\'' && c <= ')'
                || c >= '+' && c <= '/' || c == ' ' || c == ':' || c == '=' || c == '?';
    }

    /** Go's value escaping: {@code ,+"\<>;} always, a space at either end, a {@code #} at the start. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean escape = switch (c) {
                case ',', '+', '"', '\\', '<', '>', ';' -> true;
                case ' ' -> i == 0 || i == value.length() - 1;
                case '#' -> i == 0;
                default -> false;
            };
            if (escape) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String oid(byte[] der) {
        StringBuilder oid = new StringBuilder();
        long arc = 0;
        boolean first = true;
        for (byte b : der) {
            arc = (arc << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                if (first) {
                    int top = (int) Math.min(arc / 40, 2);
                    oid.append(top).append('.').append(arc - 40L * top);
                    first = false;
                } else {
                    oid.append('.').append(arc);
                }
                arc = 0;
            }
        }
        return oid.toString();
    }

    /** A reader of DER's tag, length, value triples, enough for a Name. */
    private static final class Der {
        final byte[] bytes;
        int position;
        private final int end;

        Der(byte[] bytes) {
            this(bytes, 0, bytes.length);
        }

        private Der(byte[] bytes, int start, int end) {
            this.bytes = bytes;
            this.position = start;
            this.end = end;
        }

        boolean hasMore() {
            return position < end;
        }

        int tag() {
            require(position < end);
            return bytes[position] & 0xff;
        }

        /** The contents of the next element, which must have {@code tag} (-1: any). */
        byte[] value(int tag) {
            int[] span = next(tag);
            return Arrays.copyOfRange(bytes, span[0], span[1]);
        }

        Der inside(int tag) {
            int[] span = next(tag);
            return new Der(bytes, span[0], span[1]);
        }

        private int[] next(int tag) {
            require(tag == -1 || tag() == tag);
            position++;
            require(position < end);
            int length = bytes[position++] & 0xff;
            if (length >= 0x80) {
                int count = length & 0x7f;
                require(count >= 1 && count <= 3 && position + count <= end);
                length = 0;
                for (int i = 0; i < count; i++) {
                    length = (length << 8) | (bytes[position++] & 0xff);
                }
            }
            require(position + length <= end);
            int start = position;
            position += length;
            return new int[] {start, position};
        }

        private static void require(boolean ok) {
            if (!ok) {
                throw new IllegalArgumentException("the certificate's subject is not a well-formed X.509 name");
            }
        }
    }
}
