package org.milmove.cli.fizz;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.milmove.cli.UserException;
import org.milmove.cli.files.FileWrites;
import org.milmove.cli.files.FileWrites.Access;
import org.milmove.cli.files.Reasons;
import org.milmove.flyway.compat.fizz.Fizz;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "translate",
        description = {
            "Print or write the SQL that MilMove runs for fizz migrations.",
            "The SQL is exactly what fizz v1.14.4 gives for PostgreSQL. One FILE is printed to",
            "stdout as it is, with no newline added; with --output-dir, each FILE becomes",
            "DIR/<name>.sql, where <name> is the file name without .up.fizz. Nothing is",
            "written unless every FILE translates. A file outside the supported subset",
            "(comments, templates, let, exec, t.Index, ...) exits 2 naming the file, the line",
            "and what to change."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove fizz translate 20180103215841_create_issues.up.fizz",
            "  bin/milmove fizz translate --output-dir tmp/fizz schema/*.up.fizz"})
public final class FizzTranslateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The fizz files (.up.fizz) to translate.")
    List<Path> files;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write one .sql file per FILE into DIR (created if missing) instead of printing to stdout;"
                    + " needed for more than one FILE.")
    Path outputDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (outputDir == null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(), files.size() + " files given: pass --output-dir DIR to"
                    + " write one .sql file per FILE (only a single FILE is printed to stdout)");
        }
        Map<Path, Path> targets = outputDir == null ? Map.of() : targets();
        Map<Path, String> translations = new LinkedHashMap<>();
        files.forEach(file -> translations.put(file, translate(file)));
        PrintWriter out = spec.commandLine().getOut();
        if (outputDir == null) {
            out.print(translations.get(files.get(0)));
            out.flush();
            return 0;
        }
        createOutputDir();
        try (FileWrites written = new FileWrites()) {
            translations.forEach((file, sql) -> written.replace(targets.get(file), Access.DEFAULT, sql));
            written.commit();
            written.keep();
        }
        translations.keySet().forEach(file -> out.println("Wrote " + targets.get(file) + " from " + file));
        return 0;
    }

    /** Where each FILE goes; two FILEs with the same name would overwrite each other, so that is refused up front. */
    private Map<Path, Path> targets() {
        Map<Path, Path> targets = new LinkedHashMap<>();
        Map<Path, Path> sources = new HashMap<>();
        for (Path file : files) {
            Path target = outputDir.resolve(sqlName(file));
            Path other = sources.putIfAbsent(target, file);
            if (other != null) {
                throw new UserException(other + " and " + file + " would both be written to " + target
                        + "; translate them in separate runs or with different --output-dir");
            }
            targets.put(file, target);
        }
        return targets;
    }

    static String sqlName(Path file) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".up.fizz") ? name.substring(0, name.length() - ".up.fizz".length()) : name;
        return base + ".sql";
    }

    private static String translate(Path file) {
        return Fizz.toSql(file.toString(), read(file));
    }

    /** The file as strict UTF-8, so that a wrongly encoded file is named instead of translated with U+FFFD in it. */
    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserException(file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new UserException("Cannot read " + file + ": " + Reasons.of(e, file), e);
        }
    }

    private void createOutputDir() {
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new UserException("Cannot create --output-dir " + outputDir + ": " + Reasons.of(e, outputDir), e);
        }
    }

}
