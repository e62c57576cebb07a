package org.milmove.cli.migrate;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.resource.LoadableResource;
import org.milmove.cli.ExitCode;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.output.OutputFormat;
import org.milmove.flyway.compat.ddl.DdlPhase;
import org.milmove.flyway.manifest.MigrationName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "info",
        description = "Show every listed migration (main and DML manifests) and every applied one: version, description,"
                + " source, state, installed on; then the files of the DDL phases, which run on every migrate.",
        footerHeading = "%nExample:%n",
        footer = "  bin/milmove info")
public final class InfoCommand implements Callable<Integer> {
    private static final String[] HEADER = {"Version", "Description", "Source", "State", "Installed on"};
    private static final String[] FIELDS = {"version", "description", "source", "state", "installedOn"};

    @Mixin
    OutputFormat output;
    @Mixin
    MigrationOptions migrations;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        migrations.withMigrations(database, run -> {
            for (MigrationInfo info : run.info()) {
                rows.add(row(info));
            }
            for (DdlPhase phase : run.ddlPhases()) {
                phase.files().forEach(file -> rows.add(ddlRow(phase, file)));
            }
            output.put("database", run.database().description());
            return null;
        });
        if (output.json()) {
            output.put("migrations", objects(rows));
            return output.finish(ExitCode.OK);
        }
        printTable(rows);
        return ExitCode.OK;
    }

    /** The table's rows as JSON objects keyed by the header in camel case; empty cells are null. */
    private static List<Object> objects(List<String[]> rows) {
        List<Object> objects = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < FIELDS.length; i++) {
                object.put(FIELDS[i], row[i].isEmpty() ? null : row[i]);
            }
            objects.add(object);
        }
        return objects;
    }

    private static String[] row(MigrationInfo info) {
        String source = info.getPhysicalLocation() == null || info.getPhysicalLocation().isEmpty()
                ? info.getScript()
                : SourcePaths.display(info.getPhysicalLocation());
        return new String[] {
            info.getVersion() == null ? "" : info.getVersion().getVersion(),
            info.getDescription(),
            source,
            info.getState().getDisplayName(),
            info.getInstalledOn() == null ? "" : new SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(info.getInstalledOn())};
    }

    /** DDL files have no version and no history: they run on every migrate. Described as Flyway describes files. */
    private static String[] ddlRow(DdlPhase phase, LoadableResource file) {
        return new String[] {"", MigrationName.description(file.getFilename()).replace('_', ' '), SourcePaths.display(file.getAbsolutePath()),
            phase.name() + ", every migrate", ""};
    }

    private void printTable(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        var out = spec.commandLine().getOut();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", row[i])).append(i < row.length - 1 ? " | " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
