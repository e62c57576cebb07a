package org.milmove.cli.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.milmove.cli.ExitCode;
import org.milmove.cli.UserException;
import org.milmove.cli.output.OutputFormat;
import org.milmove.flyway.manifest.ManifestFile;
import org.milmove.flyway.manifest.MigrationFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check",
        description = {
            "Check that the manifest lists every migration file of the schema and secure",
            "folders, once each, sorted, and nothing else. Exits 2 naming every problem;",
            "meant for CI and pre-commit hooks."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove manifest check",
            "  bin/milmove manifest check -m other/manifest.txt --schema-dir other/schema --secure-dir other/secure"})
public final class ManifestCheckCommand implements Callable<Integer> {
    @Mixin
    OutputFormat output;
    @Mixin
    AppFolders app;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = ManifestFile.check(app.manifest(), app.folders());
        output.put("manifest", app.manifest().toString())
                .put("folders", app.folders().stream().map(Path::toString).toList()).put("problems", problems);
        if (!problems.isEmpty()) {
            throw new UserException("Manifest " + app.manifest() + " does not match " + folders() + ": "
                    + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":" + System.lineSeparator()
                    + problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()))
                    + System.lineSeparator() + "Run bin/milmove manifest update to list the files, sorted and once each;"
                    + " rename or remove misnamed files.");
        }
        int files = MigrationFiles.in(app.folders()).names().size();
        if (output.json()) {
            return output.put("files", files).finish(ExitCode.OK);
        }
        spec.commandLine().getOut().printf("OK: %s lists all %d migration files of %s, sorted, once each.%n",
                app.manifest(), files, folders());
        return ExitCode.OK;
    }

    private String folders() {
        return app.folders().stream().map(Path::toString).collect(Collectors.joining(" and "));
    }
}
