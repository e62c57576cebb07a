package org.milmove.pricing.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.milmove.pricing.dump.Catalog.TableInfo;

/**
 * Runs pg_dump on the selected tables in the snapshot the row counts were taken in, and copies its COPY blocks
 * into the dump, split to the block limits. pg_dump's own settings and psql meta-commands ({@code \restrict}) are
 * left out: the dump's header has the settings, and Flyway cannot run meta-commands.
 */
final class PgDumpEngine {
    private static final int STDERR_LIMIT = 8192;

    private PgDumpEngine() {
    }

    static void write(DumpSource source, PgDumpClient client, String snapshot, List<TableInfo> tables,
            List<TableCount> expected, CopyWriter w, DumpProgress progress) throws IOException {
        Process process = start(source, client, snapshot, tables);
        StringBuilder stderr = new StringBuilder();
        Thread stderrReader = drain(process.getErrorStream(), stderr);
        try (InputStream stdout = process.getInputStream()) {
            copyBlocks(new LineReader(stdout), tables, expected, w, progress);
        } catch (RowRefused e) {
            // Our refusal: pg_dump is fine, and its broken-pipe failure must not stand in for the reason.
            process.destroyForcibly();
            throw e;
        } catch (DumpException e) {
            // Output that ended early or went wrong is often pg_dump's doing: its message (bad password, lost
            // connection) goes with ours, never instead of it.
            Optional<String> failed = failure(process, stderrReader, stderr);
            throw failed.isEmpty() ? e : new DumpException(e.getMessage() + "; " + failed.get(), e);
        } catch (RuntimeException | IOException e) {
            // Ours is the error (a dump that cannot be written: a full disk); pg_dump then fails on the broken pipe.
            failure(process, stderrReader, stderr).ifPresent(failed -> e.addSuppressed(new DumpException(failed)));
            throw e;
        }
        Optional<String> failed = failure(process, stderrReader, stderr);
        if (failed.isPresent()) {
            throw new DumpException(failed.get());
        }
    }

    static List<String> command(DumpSource source, PgDumpClient client, String snapshot, List<TableInfo> tables) {
        List<String> command = new ArrayList<>(List.of(client.program().toString(),
                "--data-only", "--no-owner", "--no-privileges", "--encoding=UTF8", "--no-password", "--strict-names",
                "--snapshot=" + snapshot,
                "--host", source.host(), "--port", String.valueOf(source.port()),
                "--username", source.user(), "--dbname", source.database()));
        for (TableInfo t : tables) {
            command.add("--table=" + exactPattern(t.name()));
        }
        return command;
    }

    /** Inside double quotes a pg_dump pattern matches literally, so every selected table is named exactly. */
    static String exactPattern(TableName table) {
        return quote(table.schema()) + "." + quote(table.name());
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static Process start(DumpSource source, PgDumpClient client, String snapshot, List<TableInfo> tables)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(source, client, snapshot, tables));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("PG"));
        if (source.password() != null) {
            env.put("PGPASSWORD", source.password());
        }
        if (source.sslMode() != null) {
            env.put("PGSSLMODE", source.sslMode());
        }
        env.put("PGAPPNAME", "milmove pricing dump");
        return builder.start();
    }

    private static void copyBlocks(LineReader in, List<TableInfo> tables, List<TableCount> expected, CopyWriter w,
            DumpProgress progress) throws IOException {
        Map<String, Integer> byStatement = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            byStatement.put(tables.get(i).copyStatement(), i);
        }
        Integer current = null;
        int length;
        while ((length = in.next()) >= 0) {
            byte[] line = in.line();
            if (current == null) {
                current = startOfBlock(line, length, byStatement, tables, expected, w);
            } else if (length == 3 && line[0] == '\\' && line[1] == '.' && line[2] == '\n') {
                TableCount count = expected.get(current);
                JdbcEngine.checkCount(count, w.endTable(), "pg_dump");
                progress.rows(count.table(), count.rows(), count.rows());
                current = null;
            } else {
                w.row(line, length);
                if (w.tableRows() % JdbcEngine.PROGRESS_EVERY == 0) {
                    progress.rows(expected.get(current).table(), w.tableRows(), expected.get(current).rows());
                }
            }
        }
        if (current != null) {
            throw new DumpException("pg_dump output ended inside the data of " + expected.get(current).table().sql());
        }
        if (!byStatement.isEmpty()) {
            throw new DumpException("pg_dump wrote no data for " + byStatement.keySet().stream()
                    .map(s -> expected.get(byStatement.get(s)).table().sql()).sorted().toList());
        }
    }

    private static Integer startOfBlock(byte[] line, int length, Map<String, Integer> byStatement,
            List<TableInfo> tables, List<TableCount> expected, CopyWriter w) throws IOException {
        if (length < 5 || line[0] != 'C' || line[1] != 'O' || line[2] != 'P' || line[3] != 'Y' || line[4] != ' ') {
            return null;
        }
        String statement = new String(line, 0, line[length - 1] == '\n' ? length - 1 : length, StandardCharsets.UTF_8);
        Integer index = byStatement.remove(statement);
        if (index == null) {
            throw new DumpException("pg_dump wrote an unexpected or repeated COPY statement: " + statement);
        }
        Header.tableComment(w, expected.get(index));
        w.beginTable(tables.get(index));
        return index;
    }

    private static Thread drain(InputStream stream, StringBuilder into) {
        Thread t = new Thread(() -> {
            try (stream) {
                byte[] all = stream.readAllBytes();
                String text = new String(all, StandardCharsets.UTF_8);
                synchronized (into) {
                    into.append(text, 0, Math.min(text.length(), STDERR_LIMIT));
                }
            } catch (IOException ignored) {
                // The exit code tells whether pg_dump failed; its messages are only a help.
            }
        }, "pg_dump stderr");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for pg_dump to exit; how it failed, if it did. Never throws, so that it cannot replace another error. */
    private static Optional<String> failure(Process process, Thread stderrReader, StringBuilder stderr) {
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return Optional.of("pg_dump did not exit after writing its output");
            }
            stderrReader.join(10_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while waiting for pg_dump");
        }
        if (process.exitValue() == 0) {
            return Optional.empty();
        }
        synchronized (stderr) {
            return Optional.of("pg_dump failed (exit code " + process.exitValue() + "): " + stderr.toString().strip());
        }
    }
}
