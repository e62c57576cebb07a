package org.milmove.cli.migrate;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.MigrationInfo;
import org.milmove.cli.db.DatabaseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "info",
        description = "Show every listed migration and every applied one: version, description, source, state, installed on.",
        footerHeading = "%nExample:%n",
        footer = "  bin/milmove info")
public final class InfoCommand implements Callable<Integer> {
    private static final String[] HEADER = {"Version", "Description", "Source", "State", "Installed on"};

    @Mixin
    MigrationOptions migrations;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MigrationInfo[] all = migrations.withFlyway(database, flyway -> flyway.info().all());
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (MigrationInfo info : all) {
            rows.add(row(info));
        }
        printTable(rows);
        return 0;
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
