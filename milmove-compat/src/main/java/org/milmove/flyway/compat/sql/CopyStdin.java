package org.milmove.flyway.compat.sql;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MilMove's {@code copyStdinPattern}: the COPY statements whose data it reads itself. Written for Java with Go's
 * RE2 meaning: {@code \s} is {@code [\t\n\f\r ]}, {@code .} is anything but {@code \n}, {@code $} is the end.
 */
final class CopyStdin {
    private static final String S = "[\\t\\n\\f\\r ]";
    private static final Pattern PATTERN = Pattern.compile("(" + S + "*)(COPY)(" + S + "+)([a-zA-Z0-9._]+)(" + S
            + "*)\\(([^\\n]+)\\)(" + S + "+)(FROM)(" + S + "+)(stdin)(" + S + "*)(;)(" + S + "*)");

    private CopyStdin() {
    }

    static boolean matches(String sql) {
        return PATTERN.matcher(sql).matches();
    }

    /**
     * The statement MilMove actually prepares for a matching COPY ({@code prepareCopyFromStdin} with lib/pq's
     * {@code CopyIn}/{@code CopyInSchema}): table, schema and columns quoted as written, so their case is kept.
     */
    static Optional<String> prepared(String sql) {
        Matcher m = PATTERN.matcher(sql);
        if (!m.matches()) {
            return Optional.empty();
        }
        String table = m.group(4);
        int dot = table.indexOf('.');
        String target = dot < 0 ? quote(table) : quote(table.substring(0, dot)) + "." + quote(table.substring(dot + 1));
        String columns = Arrays.stream(m.group(6).split(",", -1))
                .map(column -> quote(GoText.trimSpace(column)))
                .collect(Collectors.joining(", "));
        return Optional.of("COPY " + target + " (" + columns + ") FROM STDIN");
    }

    /** lib/pq's {@code QuoteIdentifier}. */
    private static String quote(String name) {
        int nul = name.indexOf('\0');
        String cut = nul < 0 ? name : name.substring(0, nul);
        return '"' + cut.replace("\"", "\"\"") + '"';
    }
}
