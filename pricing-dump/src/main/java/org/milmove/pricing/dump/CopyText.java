package org.milmove.pricing.dump;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a row of PostgreSQL's COPY text format back into its values, as the server's COPY FROM does: fields split
 * at TAB, a whole {@code \N} field is NULL, and {@code \\}, {@code \b \f \n \r \t \v}, octal {@code \NNN} and hex
 * {@code \xHH} are decoded; a backslash before any other character stands for that character.
 */
final class CopyText {
    private CopyText() {
    }

    /** The values of a row (its line feed, if any, is not part of it): each the bytes of its text form, or null. */
    static List<byte[]> values(byte[] row, int length) {
        int end = length > 0 && row[length - 1] == '\n' ? length - 1 : length;
        List<byte[]> values = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || row[i] == '\t') {
                boolean isNull = i - start == 2 && row[start] == '\\' && row[start + 1] == 'N';
                values.add(isNull ? null : decode(row, start, i));
                start = i + 1;
            }
        }
        return values;
    }

    private static byte[] decode(byte[] row, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            int c = row[i++];
            if (c != '\\' || i == to) {
                out.write(c);
                continue;
            }
            c = row[i++];
            if (c >= '0' && c <= '7') {
                int value = c - '0';
                for (int digits = 1; digits < 3 && i < to && row[i] >= '0' && row[i] <= '7'; digits++) {
                    value = value * 8 + row[i++] - '0';
                }
                out.write(value & 0xFF);
            } else if (c == 'x' && i < to && Character.digit(row[i], 16) >= 0) {
                int value = Character.digit(row[i++], 16);
                if (i < to && Character.digit(row[i], 16) >= 0) {
                    value = value * 16 + Character.digit(row[i++], 16);
                }
                out.write(value);
            } else {
                out.write(escaped(c));
            }
        }
        return out.toByteArray();
    }

    private static int escaped(int c) {
        return switch (c) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0B;
            default -> c;
        };
    }
}
