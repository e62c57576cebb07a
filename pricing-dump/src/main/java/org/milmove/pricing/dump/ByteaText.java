package org.milmove.pricing.dump;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The bytes of a bytea value from its text form, in either of the server's {@code bytea_output} formats: hex
 * ({@code \x00ff}, the default) or escape ({@code \\} for a backslash, {@code \NNN} octal for other bytes).
 */
final class ByteaText {
    private ByteaText() {
    }

    static byte[] bytes(byte[] text) {
        if (text.length >= 2 && text[0] == '\\' && text[1] == 'x') {
            return HexFormat.of().parseHex(new String(text, 2, text.length - 2, StandardCharsets.US_ASCII));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length);
        int i = 0;
        while (i < text.length) {
            if (text[i] == '\\' && i + 1 < text.length && text[i + 1] == '\\') {
                out.write('\\');
                i += 2;
            } else if (text[i] == '\\' && i + 3 < text.length && isOctal(text, i + 1)) {
                out.write(((text[i + 1] - '0') << 6) | ((text[i + 2] - '0') << 3) | (text[i + 3] - '0'));
                i += 4;
            } else {
                out.write(text[i++]);
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(byte[] text, int from) {
        for (int i = from; i < from + 3; i++) {
            if (text[i] < '0' || text[i] > '7') {
                return false;
            }
        }
        return true;
    }
}
