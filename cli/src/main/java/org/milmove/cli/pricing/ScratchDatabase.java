package org.milmove.cli.pricing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.pricing.dump.DumpSource;

/** A new, empty database on the source's server, dropped again on close: where pricing verify applies a file. */
final class ScratchDatabase implements Database {
    private final DumpSource server;
    private final DumpSource scratch;

    private ScratchDatabase(DumpSource server, DumpSource scratch) {
        this.server = server;
        this.scratch = scratch;
    }

    static ScratchDatabase create(DumpSource server) {
        String name = "milmove_verify_" + Instant.now().getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
        execute(server, "CREATE DATABASE " + name, "create");
        return new ScratchDatabase(server, server.withDatabase(name));
    }

    DumpSource source() {
        return scratch;
    }

    @Override
    public DataSource dataSource() {
        return scratch.dataSource();
    }

    @Override
    public String description() {
        return "the scratch " + scratch;
    }

    @Override
    public void close() {
        execute(server, "DROP DATABASE IF EXISTS " + scratch.database() + " WITH (FORCE)", "drop");
    }

    private static void execute(DumpSource server, String sql, String what) {
        try (Connection c = server.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new UserException("Could not " + what + " a scratch database on the server of " + server + ": "
                    + e.getMessage(), e);
        }
    }
}
