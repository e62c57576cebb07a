package org.milmove.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated MilMove-scale project: fizz migrations first (as MilMove's history has them), then SQL migrations, some
 * with COPY data whose rows start with a TAB, four DDL phases and a DML manifest, laid out as MilMove lays them out.
 */
final class MilMoveCorpus {
    static final int FIZZ = 170;
    static final int SQL = 950;
    static final int DDL_PER_PHASE = 10;
    static final int DML = 20;
    static final int COPY_EVERY = 50;
    static final int COPY_ROWS = 2_000;
    static final List<String> PHASES = List.of("types", "tables", "views", "functions");

    final Path app;
    final List<String> main = new ArrayList<>();
    final List<String> dml = new ArrayList<>();
    final List<List<String>> ddl = new ArrayList<>();

    private MilMoveCorpus(Path root) {
        this.app = root.resolve("migrations/app");
    }

    static MilMoveCorpus generate(Path root) {
        MilMoveCorpus corpus = new MilMoveCorpus(root);
        corpus.write();
        return corpus;
    }

    long copyRows() {
        return (long) (SQL / COPY_EVERY) * COPY_ROWS;
    }

    private void write() {
        mkdirs(app.resolve("schema"), app.resolve("secure"));
        for (int i = 0; i < FIZZ; i++) {
            String name = String.format("2018%010d_create_table_%d.up.fizz", i, i);
            write(app.resolve("schema").resolve(name), fizz(i));
            main.add(name);
        }
        for (int i = 0; i < SQL; i++) {
            String name = String.format("2019%010d_change_%d.up.sql", i, i);
            write(app.resolve("schema").resolve(name), sql(i));
            main.add(name);
        }
        for (int i = 0; i < DML; i++) {
            String name = String.format("2017%010d_dml_%d.up.sql", i, i);
            write(app.resolve("schema").resolve(name), "INSERT INTO dml_log (entry) VALUES ('dml " + i + "');\n");
            dml.add(name);
        }
        for (int p = 0; p < PHASES.size(); p++) {
            Path folder = app.resolve("ddl_migrations/ddl_" + PHASES.get(p));
            mkdirs(folder);
            List<String> files = new ArrayList<>();
            for (int i = 0; i < DDL_PER_PHASE; i++) {
                String name = String.format("2025%010d_%s_%d.up.sql", p * 100 + i, PHASES.get(p), i);
                write(folder.resolve(name), ddl(PHASES.get(p), i));
                files.add(name);
            }
            ddl.add(files);
            write(app.resolve("ddl_" + PHASES.get(p) + "_manifest.txt"), manifest(files));
        }
        write(app.resolve("migrations_manifest.txt"), manifest(main));
        write(app.resolve("dml_migrations_manifest.txt"), manifest(dml));
    }

    private static String fizz(int i) {
        String table = "t" + i;
        StringBuilder f = new StringBuilder("create_table(\"" + table + "\") {\n"
                + "\tt.Column(\"id\", \"uuid\", {\"primary\": true})\n"
                + "\tt.Column(\"name\", \"string\", {})\n"
                + "\tt.Column(\"amount\", \"decimal\", {\"precision\": 12, \"scale\": 2, \"null\": true})\n"
                + "\tt.Column(\"parent_id\", \"uuid\", {\"null\": true})\n"
                + "\tt.Timestamps()\n}\n");
        f.append("add_index(\"").append(table).append("\", \"name\", {})\n");
        if (i > 0) {
            f.append("add_foreign_key(\"").append(table).append("\", \"parent_id\", {\"t").append(i - 1)
                    .append("\": [\"id\"]}, {})\n");
        }
        return f.toString();
    }

    private static String sql(int i) {
        int table = i % FIZZ;
        if (i % COPY_EVERY == 0) {
            StringBuilder s = new StringBuilder("CREATE TABLE c" + i + " (code text PRIMARY KEY, label text, n integer);\n"
                    + "COPY public.c" + i + " (code, label, n) FROM stdin;\n");
            for (int r = 0; r < COPY_ROWS; r++) {
                s.append('\t').append("code").append(r).append('\t').append("label n\\a ").append(r).append('\t').append(r).append('\n');
            }
            return s.append("\\.\n").toString();
        }
        return "ALTER TABLE t" + table + " ADD COLUMN c" + i + " text;\n"
                + "COMMENT ON COLUMN t" + table + ".c" + i + " IS 'column " + i + "';\n"
                + "INSERT INTO t" + table + " (id, name, created_at, updated_at) VALUES ("
                + "md5('" + i + "')::uuid, 'row " + i + "', now(), now());\n";
    }

    private static String ddl(String phase, int i) {
        return switch (phase) {
            case "types" -> "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'status_" + i + "') THEN"
                    + " CREATE TYPE status_" + i + " AS ENUM ('a', 'b'); END IF; END $$;\n";
            case "tables" -> "CREATE TABLE IF NOT EXISTS " + (i == 0 ? "dml_log" : "ddl_table_" + i)
                    + " (entry text);\nALTER TABLE " + (i == 0 ? "dml_log" : "ddl_table_" + i)
                    + " ADD COLUMN IF NOT EXISTS at timestamptz DEFAULT now();\n";
            case "views" -> "CREATE OR REPLACE VIEW v_" + i + " AS SELECT id, name FROM t" + i + ";\n";
            default -> "CREATE OR REPLACE FUNCTION f_" + i + "() RETURNS bigint AS $body$ SELECT count(*) FROM t" + i
                    + "; $body$ LANGUAGE sql;\n";
        };
    }

    private static String manifest(List<String> names) {
        return "# generated\n" + String.join("\n", names) + "\n";
    }

    private static void mkdirs(Path... folders) {
        try {
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
