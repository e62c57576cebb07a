package org.milmove.flyway.compat.sql;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * The SQL MilMove's Go migrator executes for a file ({@code Exec}), written out for Flyway's PostgreSQL parser: each
 * statement on its own, and each COPY as the statement lib/pq prepares followed by its rows and {@code \.}.
 */
final class Replay implements Consumer<String> {
    private final StringBuilder sql = new StringBuilder();
    private String copy;
    private boolean prepared;

    private Replay() {
    }

    static String of(Reader file) throws IOException {
        GoLines lines = new GoLines(file);
        GoLine first = lines.next();
        if (first == null) {
            return "";
        }
        Replay replay = new Replay();
        if (!first.tooLongForGo() && ExecLines.isRawMarker(first.text())) {
            for (GoLine line = lines.next(); line != null && !line.tooLongForGo(); line = lines.next()) {
                replay.sql.append(line.text()).append('\n');
            }
            return replay.sql.toString();
        }
        GoReading go = new GoReading(replay, StatementText.WHOLE);
        GoLine line = first;
        while (line != null && go.accept(line)) {
            line = lines.next();
        }
        go.finish();
        return replay.sql.toString();
    }

    /** One statement from the splitter, handled as {@code Exec}'s loop does. */
    @Override
    public void accept(String statement) {
        if (copy == null) {
            copy = CopyStdin.prepared(statement).orElse(null);
        }
        if (copy == null) {
            sql.append(statement).append('\n');
        } else if (statement.equals("\\.")) {
            sql.append("\\.\n");
            copy = null;
            prepared = false;
        } else if (!prepared) {
            sql.append(copy).append(";\n");
            prepared = true;
        } else {
            sql.append(CopyRow.encode(statement)).append('\n');
        }
    }
}
