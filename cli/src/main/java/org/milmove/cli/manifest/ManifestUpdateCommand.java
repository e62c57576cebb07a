package org.milmove.cli.manifest;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.milmove.flyway.manifest.ManifestFile;
import org.milmove.flyway.manifest.ManifestUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "update",
        description = {
            "Rewrite the manifest from the schema and secure folders: the # comment block",
            "at the top kept as it is, then every migration file name, sorted, once each.",
            "Running it again changes nothing."},
        footerHeading = "%nExample:%n",
        footer = "  bin/milmove manifest update && git diff migrations/app/migrations_manifest.txt")
public final class ManifestUpdateCommand implements Callable<Integer> {
    @Mixin
    AppFolders app;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ManifestUpdate update = ManifestFile.update(app.manifest(), app.folders());
        PrintWriter out = spec.commandLine().getOut();
        if (!update.changed()) {
            out.printf("%s is up to date: %d migration files, sorted, once each.%n", app.manifest(), update.listed());
            return 0;
        }
        out.printf("Updated %s: %d added, %d removed, %d listed.%n", app.manifest(), update.added().size(),
                update.removed().size(), update.listed());
        print(out, "  + ", update.added());
        print(out, "  - ", update.removed());
        print(out, "  dropped comment: ", update.droppedComments());
        return 0;
    }

    private static void print(PrintWriter out, String prefix, List<String> lines) {
        lines.forEach(line -> out.println(prefix + line));
    }
}
