package org.milmove.cli.secure;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.milmove.cli.ExitCode;
import org.milmove.cli.Prompt;
import org.milmove.cli.UserException;
import org.milmove.cli.environments.Environment;
import org.milmove.cli.environments.TargetEnvironments;
import org.milmove.cli.manifest.ManifestOption;
import org.milmove.cli.output.ProgressLine;
import org.milmove.cli.s3.S3Options;
import org.milmove.flyway.resolver.S3Failures;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

@Command(name = "upload",
        description = {
            "Upload a secure migration to the deployed environments' buckets, encrypted at rest (SSE AES256).",
            "Checks first and uploads nothing if any check fails: a <version>_<name>.up.sql name listed in the manifest,",
            "at most 250 MB, known environments. Asks before uploading, then whether to delete the local file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:uploaded everywhere", "1:not confirmed, nothing uploaded", "2:a check or an upload failed"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove secure-migration upload tmp/20250101000000_update_rates.up.sql",
            "  bin/milmove secure-migration upload tmp/20250101000000_update_rates.up.sql --environment exp,stg --yes --delete-local",
            "  bin/milmove secure-migration upload 20250101000000_update_rates.up.sql --environment prd --blank"})
public final class UploadCommand implements Callable<Integer> {
    static final long MAX_BYTES = 250L << 20;

    @Parameters(paramLabel = "FILE", description = "The production migration file, e.g. tmp/20250101000000_update_rates.up.sql.")
    Path file;

    @Mixin
    TargetEnvironments environments;

    @Option(names = {"-y", "--yes"}, description = "Upload without asking.")
    boolean yes;

    @Option(names = "--blank", description = "Upload an empty object with this name instead, for environments where the"
            + " migration must not run; FILE need not exist.")
    boolean blank;

    @ArgGroup(exclusive = true)
    LocalCopy localCopy;

    static final class LocalCopy {
        @Option(names = "--delete-local", description = "After a successful upload, delete FILE without asking.")
        boolean delete;
        @Option(names = "--keep-local", description = "Keep FILE without asking.")
        boolean keep;
    }

    @Mixin
    ManifestOption manifest;
    @Mixin
    S3Options s3;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = SecureFileName.of(file);
        long size = blank ? 0 : checkedSize();
        List<Environment> targets = environments.select();
        checkListed(name);
        Prompt prompt = new Prompt(err());
        String what = blank ? "an empty " + name : name;
        if (!yes && !prompt.yes("upload " + what + " to " + names(targets) + "?")) {
            out().println("Nothing uploaded.");
            return ExitCode.FAILED;
        }
        uploadAll(name, size, targets);
        if (!blank) {
            deleteOrKeep(prompt);
        }
        return ExitCode.OK;
    }

    private long checkedSize() {
        if (Files.isDirectory(file)) {
            throw new UserException(file + " is a folder; upload the migration file itself.");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UserException(file + " is " + (size >> 20) + " MB; a secure migration may be at most "
                        + (MAX_BYTES >> 20) + " MB: split it into several migrations.");
            }
            return size;
        } catch (NoSuchFileException e) {
            throw new UserException(file + " does not exist; to upload an empty object of that name, add --blank.");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private void checkListed(String name) {
        if (!manifest.read().lists(name)) {
            throw new UserException(name + " is not listed in " + manifest.file() + "; list it there first (bin/milmove gen"
                    + " secure-migration does), or the environments will never run it.");
        }
    }

    private void uploadAll(String name, long size, List<Environment> targets) {
        List<String> failures = new ArrayList<>();
        try (S3Clients clients = new S3Clients()) {
            for (Environment environment : targets) {
                String url = environment.url(name);
                try {
                    clients.get(s3.settings(environment)).putObject(p -> p
                            .bucket(environment.secureMigrations().bucket())
                            .key(environment.key(name))
                            .serverSideEncryption(ServerSideEncryption.AES256), body(environment, size));
                    out().println(environment.name() + ": uploaded to " + url + (blank ? " (empty)" : ""));
                } catch (SdkException e) {
                    failures.add(environment.name() + ": " + S3Failures.explain(e, url, S3Failures.Access.WRITE).getMessage());
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new UserException("upload failed for " + failures.size() + " of " + targets.size() + " environments"
                    + " (check the environments file and the credentials):\n  " + String.join("\n  ", failures));
        }
    }

    private RequestBody body(Environment environment, long size) {
        if (blank) {
            return RequestBody.empty();
        }
        return RequestBody.fromContentProvider(
                () -> TransferProgress.of(open(), ProgressLine.on(err()), environment.name(), size), size,
                "application/octet-stream");
    }

    private InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private void deleteOrKeep(Prompt prompt) {
        boolean delete = localCopy != null ? localCopy.delete
                : !yes && prompt.yes("delete the local file " + file + "? It holds production data and is in S3 now.");
        if (!delete) {
            out().println("Kept " + file + ": it holds production data; delete it once the upload is verified, never commit it.");
            return;
        }
        try {
            Files.delete(file);
            out().println("Deleted " + file + ".");
        } catch (IOException e) {
            throw new UncheckedIOException("uploaded, but could not delete " + file, e);
        }
    }

    private static String names(List<Environment> environments) {
        return String.join(", ", environments.stream().map(Environment::name).toList());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
