package org.milmove.pricing.dump;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.milmove.testsupport.TestDatabase;
import org.postgresql.PGConnection;

/**
 * Applies a dump file as MilMove's Go migrator reads it ({@code pkg/migrate}: {@code Exec}, {@code ReadInSQLLine},
 * {@code SplitStatements}, {@code lineToValues}, lib/pq's {@code CopyIn}), for the constructs dump files use; a
 * second loading path beside Flyway's. Lines longer than Go's scanner takes, a {@code ?} in a statement (pop would
 * rewrite it) and a {@code DO} block (which MilMove's splitter misreads) fail the test instead.
 */
final class GoMigratorReading {
    private static final int MAX_LINE_BYTES = 64 * 1024 - 1;
    private static final String SEARCH_PATH = "pg_catalog.set_config('search_path'";
    private static final Pattern COPY = Pattern.compile(
            "^\\s*COPY\\s+([a-zA-Z0-9._]+)\\s*\\((.+)\\)\\s+FROM\\s+stdin\\s*;\\s*$");
    private static final Pattern DO = Pattern.compile("(^|\\s)DO(\\s|$)");

    private final Connection connection;
    private final StringBuilder statement = new StringBuilder();
    private boolean quoted;
    private String copyIn;
    private StringBuilder copyRows;

    private GoMigratorReading(Connection connection) {
        this.connection = connection;
    }

    /** Runs the file in one transaction, as MilMove runs a migration. */
    static void apply(TestDatabase target, Path dump) throws Exception {
        try (Connection c = target.connect()) {
            c.setAutoCommit(false);
            GoMigratorReading reading = new GoMigratorReading(c);
            for (String line : lines(dump)) {
                reading.line(line);
            }
            reading.end();
            c.commit();
        }
    }

    /** bufio.Scanner's lines: split at LF, one CR before it dropped, no empty last line. */
    private static List<String> lines(Path dump) throws Exception {
        String text = Files.readString(dump, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
                throw new AssertionError("Line " + (i + 1) + " is longer than Go's scanner takes: MilMove would stop there");
            }
            lines.set(i, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }

    private void line(String raw) throws SQLException, IOException {
        String line = raw;
        if (copyIn == null && line.contains("--")) {
            line = line.substring(0, line.indexOf("--"));
        }
        if (line.contains(SEARCH_PATH)) {
            return;
        }
        line = stripLeadingSpace(line);
        if (line.isEmpty()) {
            return;
        }
        if (copyIn != null) {
            copyRow(line);
            return;
        }
        if (DO.matcher(line).find()) {
            throw new AssertionError("MilMove's splitter would open a DO block in: " + line);
        }
        for (char c : (line + "\n").toCharArray()) {
            if (copyIn != null) {
                break;
            } else if (c == ';' && !quoted) {
                run(statement.append(';').toString().strip());
                statement.setLength(0);
            } else {
                quoted ^= c == '\'';
                statement.append(c);
            }
        }
    }

    private void end() throws SQLException {
        if (copyIn != null) {
            throw new AssertionError("The file ends inside COPY data for " + copyIn);
        }
        if (!statement.toString().isBlank()) {
            run(statement.toString().strip());
        }
    }

    private void run(String sql) throws SQLException {
        Matcher copy = COPY.matcher(sql);
        if (copy.matches()) {
            copyIn = copyInStatement(copy.group(1), copy.group(2));
            copyRows = new StringBuilder();
            return;
        }
        if (sql.contains("?")) {
            throw new AssertionError("pop would rewrite the ? in: " + sql);
        }
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** lineToValues, then lib/pq's CopyIn: no escape decoded but a whole \N, every value escaped again. */
    private void copyRow(String line) throws SQLException, IOException {
        if (line.equals("\\.")) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyIn, new StringReader(copyRows.toString()));
            copyIn = null;
            return;
        }
        List<String> fields = new ArrayList<>();
        for (String value : line.split("\t", -1)) {
            fields.add(value.equals("\\N") ? "\\N" : value.replace("\\", "\\\\").replace("\n", "\\n")
                    .replace("\r", "\\r").replace("\t", "\\t"));
        }
        copyRows.append(String.join("\t", fields)).append('\n');
    }

    /** pq.CopyInSchema: the name split at its first dot, every name quoted as written. */
    private static String copyInStatement(String table, String columns) {
        List<String> quotedColumns = new ArrayList<>();
        for (String column : columns.split(",")) {
            quotedColumns.add(quote(column.strip()));
        }
        String[] parts = table.split("\\.", 2);
        String name = parts.length == 2 ? quote(parts[0]) + "." + quote(parts[1]) : quote(table);
        return "COPY " + name + " (" + String.join(", ", quotedColumns) + ") FROM STDIN";
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** strings.TrimLeftFunc(line, unicode.IsSpace). */
    private static String stripLeadingSpace(String line) {
        int i = 0;
        while (i < line.length() && isGoSpace(line.codePointAt(i))) {
            i += Character.charCount(line.codePointAt(i));
        }
        return line.substring(i);
    }

    private static boolean isGoSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0 || (c > 0xFF && Character.isSpaceChar(c));
    }
}
