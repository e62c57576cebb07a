package org.milmove.pricing.dump;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table name pattern as psql and pg_dump read it: {@code *} matches any characters and {@code ?} one; unquoted
 * letters fold to lower case; double-quoted parts match exactly ({@code ""} is a quote); {@code schema.table}
 * restricts the schema. Other characters match themselves (unlike psql, which treats them as regular expression
 * syntax), so that a name is never misread as a regular expression.
 *
 * @param text   the pattern as given
 * @param schema the schema part, when one was given
 * @param table  the table part
 */
public record TablePattern(String text, Optional<Pattern> schema, Pattern table) {

    public static TablePattern parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DumpException("Empty table pattern; give a name such as re_* or public.re_zip3s");
        }
        StringBuilder schemaRegex = null;
        StringBuilder regex = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    regex.append(Pattern.quote("\""));
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (quoted) {
                regex.append(Pattern.quote(String.valueOf(c)));
            } else if (c == '.') {
                if (schemaRegex != null) {
                    throw new DumpException("Table pattern " + text + " has more than one dot; use schema.table");
                }
                schemaRegex = regex;
                regex = new StringBuilder();
            } else {
                regex.append(unquoted(c));
            }
        }
        if (quoted) {
            throw new DumpException("Table pattern " + text + " has an unterminated double quote");
        }
        return new TablePattern(text, Optional.ofNullable(schemaRegex).map(TablePattern::compile), compile(regex));
    }

    private static String unquoted(char c) {
        return switch (c) {
            case '*' -> ".*";
            case '?' -> ".";
            default -> Pattern.quote(String.valueOf(Character.toLowerCase(c)));
        };
    }

    private static Pattern compile(CharSequence regex) {
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /**
     * True when this pattern selects the table. Without a schema part only tables visible on the search path
     * match, as in pg_dump.
     */
    public boolean matches(TableName name, boolean visible) {
        boolean schemaMatches = schema.map(s -> s.matcher(name.schema()).matches()).orElse(visible);
        return schemaMatches && table.matcher(name.name()).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
