package org.milmove.flyway.compat.sql;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** The few Go string functions MilMove's migrator relies on, with Go's exact notion of white space and case. */
final class GoText {
    private GoText() {
    }

    /** Go's {@code unicode.IsSpace}: Latin-1 spaces plus the Unicode White_Space code points above it. */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /**
     * MilMove's {@code byteIsSpace}. It turns one byte into a one-byte string; a byte of 0x80 or more alone is
     * invalid UTF-8, decodes to U+FFFD and is not a space, so only these six ASCII bytes count.
     */
    static boolean isSpaceByte(int b) {
        return b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r' || b == ' ';
    }

    /** Go's {@code strings.TrimSpace}. */
    static String trimSpace(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return trimLeftSpace(s.substring(0, end));
    }

    /** Go's {@code strings.TrimLeftFunc(s, unicode.IsSpace)}. */
    static String trimLeftSpace(String s) {
        int start = 0;
        while (start < s.length()) {
            int cp = s.codePointAt(start);
            if (!isSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        return s.substring(start);
    }

    /** Go's {@code strings.HasPrefix(strings.ToUpper(s), prefix)} for an upper-case ASCII prefix. */
    static boolean hasUpperPrefix(String s, String prefix) {
        StringBuilder upper = new StringBuilder();
        for (int at = 0; at < s.length() && upper.length() < prefix.length(); ) {
            int cp = s.codePointAt(at);
            upper.appendCodePoint(Character.toUpperCase(cp)); // Go's unicode.ToUpper is also the simple mapping
            at += Character.charCount(cp);
        }
        return upper.toString().startsWith(prefix);
    }

    /**
     * Go's {@code strings.EqualFold} of a slice of the buffer with a block token. The token is valid UTF-8 without
     * U+FFFD (see {@link GoSplitter}), so a slice that is not valid UTF-8 (it cuts a character) never matches.
     */
    static boolean equalFold(byte[] slice, byte[] token) {
        if (isAscii(slice) && isAscii(token)) {
            return asciiEqualFold(slice, token);
        }
        String a;
        try {
            a = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(slice)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        int[] x = a.codePoints().toArray();
        int[] y = new String(token, StandardCharsets.UTF_8).codePoints().toArray();
        if (x.length != y.length) {
            return false;
        }
        for (int k = 0; k < x.length; k++) {
            if (!foldEqual(x[k], y[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiEqualFold(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int k = 0; k < a.length; k++) {
            if (Character.toLowerCase(a[k]) != Character.toLowerCase(b[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Simple case folding. Java's per-code-point upper and lower case agree with Go's fold orbits, except that Go
     * does not fold the dotted and dotless i (U+0130, U+0131) with ASCII i.
     */
    private static boolean foldEqual(int a, int b) {
        if (a == b) {
            return true;
        }
        if (a == 0x130 || a == 0x131 || b == 0x130 || b == 0x131) {
            return false;
        }
        return Character.toUpperCase(a) == Character.toUpperCase(b)
                || Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
