package org.milmove.flyway.compat.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link MilMoveSql#read} streams: over 50 MB of migration, made on the fly, go through it in a JVM whose heap could
 * not hold a quarter of the text. The file ends with {@code ON CONFLICT DO NOTHING} statements, which MilMove's
 * splitter stacks up to the end of the file, so the memory of the Go emulation is bounded too.
 */
class BoundedMemoryTest {
    private static final int ROWS = 1_500_000;
    private static final int INSERTS = 100_000;
    private static final String NOTE = "n\\a and some more text";

    @Test
    void overFiftyMegabytesGoThroughAHeapOf24Megabytes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                BigFile.class.getName()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(output).isZero();
        assertThat(output).contains("rows " + ROWS + "\n", "first row 0\tn\\\\a and some more text\t\\N\n",
                "Go stops at line " + (ROWS + 4) + "\n");
        assertThat(Long.parseLong(output.replaceAll("(?s).*input chars (\\d+)\n.*", "$1"))).isGreaterThan(50_000_000);
    }

    /** Reads {@link Generated} through {@link MilMoveSql#read}, holding no more than a line, and says what it saw. */
    static final class BigFile {
        /** A row as MilMove stores it, in COPY's text format: the backslash doubled, NULL kept. */
        private static final Pattern ROW = Pattern.compile("\\d+\tn\\\\\\\\a and some more text\t\\\\N");

        public static void main(String[] args) throws IOException {
            Generated file = new Generated();
            StringBuilder line = new StringBuilder();
            String firstRow = null;
            long rows = 0;
            try (Reader reader = MilMoveSql.read(file, cut -> System.out.println("Go stops at line " + cut.line()))) {
                char[] buffer = new char[8192];
                for (int n; (n = reader.read(buffer)) >= 0; ) {
                    for (int k = 0; k < n; k++) {
                        if (buffer[k] != '\n') {
                            line.append(buffer[k]);
                            continue;
                        }
                        if (ROW.matcher(line).matches()) {
                            firstRow = firstRow == null ? line.toString() : firstRow;
                            rows++;
                        }
                        line.setLength(0);
                    }
                }
            }
            System.out.println("input chars " + file.served);
            System.out.println("rows " + rows);
            System.out.println("first row " + firstRow);
        }
    }

    /** A COPY of {@link #ROWS} rows that each start with a TAB, then {@link #INSERTS} inserts, made line by line. */
    private static final class Generated extends Reader {
        private long next;
        private long served;
        private String chunk = "CREATE TABLE big (id int, note text, gone text);\n"
                + "COPY public.big (id, note, gone) FROM stdin;\n";
        private int position;

        @Override
        public int read(char[] buffer, int offset, int length) {
            while (position == chunk.length()) {
                if (next > ROWS + INSERTS) {
                    return -1;
                }
                chunk = next < ROWS ? "\t" + next + "\t" + NOTE + "\t\\N\n"
                        : next == ROWS ? "\\.\n"
                        : "INSERT INTO big VALUES (" + next + ") ON CONFLICT DO NOTHING; -- and a comment\n";
                next++;
                position = 0;
            }
            int n = Math.min(length, chunk.length() - position);
            chunk.getChars(position, position + n, buffer, offset);
            position += n;
            served += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
