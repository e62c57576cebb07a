package org.milmove.cli.gen;

import java.util.Locale;
import java.util.UUID;
import org.milmove.cli.UserException;

/**
 * A value as a PostgreSQL string literal that every reader of a migration file takes for the same value: PostgreSQL
 * whatever {@code standard_conforming_strings} says, Flyway's parser, and MilMove's Go splitter, which cuts every line
 * at its first {@code --} (even inside quotes), strips leading white space, splits at {@code ;} outside quotes and
 * rewrites {@code ?}.
 *
 * <p>A plain {@code '…'} literal, quotes doubled, is used when the value holds none of those hazards; otherwise an
 * escape string {@code E'…'}, which no server setting changes, with backslashes doubled and the hazards escaped:
 * line breaks and other control characters, the second {@code -} of a {@code --}, and {@code ?}. Everything else,
 * unicode included, is written as it is.
 */
final class SqlLiteral {
    private SqlLiteral() {
    }

    /** {@code value}, given with {@code option}, if PostgreSQL text can hold it (no NUL character). */
    static String storable(String option, String value) {
        if (value.indexOf('\0') >= 0) {
            throw new UserException(option + " holds a NUL character, which PostgreSQL text cannot store: remove it");
        }
        return value;
    }

    static String of(UUID id) {
        return "'" + id + "'";
    }

    /**
     * @throws IllegalArgumentException if the value holds a NUL character, which PostgreSQL cannot store in text
     */
    static String of(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a NUL character cannot be stored in PostgreSQL text");
        }
        if (isPlain(value)) {
            return "'" + value.replace("'", "''") + "'";
        }
        StringBuilder sql = new StringBuilder("E'");
        char previous = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sql.append(escaped(c, previous));
            previous = c;
        }
        return sql.append('\'').toString();
    }

    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '?' || Character.isISOControl(c) || c == '-' && i > 0 && value.charAt(i - 1) == '-') {
                return false;
            }
        }
        return true;
    }

    private static String escaped(char c, char previous) {
        return switch (c) {
            case '\'' -> "''";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '?' -> "\\x3f";
            case '-' -> previous == '-' ? "\\x2d" : "-";
            default -> Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
        };
    }
}
