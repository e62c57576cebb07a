package org.milmove.cli.secure;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.milmove.cli.ExitCode;
import org.milmove.cli.environments.Environment;
import org.milmove.cli.environments.TargetEnvironments;
import org.milmove.cli.files.FileWrites;
import org.milmove.cli.files.FileWrites.Access;
import org.milmove.cli.output.ProgressLine;
import org.milmove.cli.s3.S3Options;
import org.milmove.flyway.resolver.S3Failures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

@Command(name = "download",
        description = {
            "Download a secure migration from the deployed environments' buckets into <output dir>/<env>/<file name>,",
            "to check what each environment runs. The files hold production data: delete them when done."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:downloaded from every environment", "1:missing in some environment; the others were downloaded",
            "2:bad usage, or S3 refused a request"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove secure-migration download 20250101000000_update_rates.up.sql",
            "  bin/milmove secure-migration download 20250101000000_update_rates.up.sql --environment exp,stg"})
public final class DownloadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE_NAME", description = "The migration's file name, e.g. 20250101000000_update_rates.up.sql.")
    Path name;

    @Mixin
    TargetEnvironments environments;

    @Option(names = "--output-dir", defaultValue = "tmp/secure_migrations",
            description = "Where the files go, one folder per environment (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Mixin
    S3Options s3;
    @Spec
    CommandSpec spec;

    private enum Outcome { WRITTEN, MISSING, FAILED }

    @Override
    public Integer call() {
        String fileName = SecureFileName.of(name);
        List<Environment> sources = environments.select();
        List<Path> written = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        try (S3Clients clients = new S3Clients()) {
            for (Environment environment : sources) {
                Path target = outputDir.resolve(environment.name()).resolve(fileName);
                Outcome outcome = download(clients.get(s3.settings(environment)), environment, fileName, target);
                outcomes.add(outcome);
                if (outcome == Outcome.WRITTEN) {
                    written.add(target);
                }
            }
        }
        remind(written);
        return outcomes.contains(Outcome.FAILED) ? ExitCode.USAGE
                : outcomes.contains(Outcome.MISSING) ? ExitCode.FAILED : ExitCode.OK;
    }

    private Outcome download(S3Client s3, Environment environment, String fileName, Path target) {
        String url = environment.url(fileName);
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(g -> g.bucket(environment.secureMigrations().bucket())
                .key(environment.key(fileName)))) {
            InputStream read = TransferProgress.of(in, ProgressLine.on(err()), environment.name(),
                    in.response().contentLength() == null ? 0 : in.response().contentLength());
            long bytes = FileWrites.write(target, Access.OWNER_ONLY, read::transferTo);
            out().println(environment.name() + ": downloaded " + url + " (" + bytes + " bytes)");
            return Outcome.WRITTEN;
        } catch (SdkException e) {
            if (S3Failures.isNoSuchKey(e)) {
                err().println(environment.name() + ": " + url + " does not exist");
                return Outcome.MISSING;
            }
            err().println(environment.name() + ": " + S3Failures.explain(e, url, S3Failures.Access.READ).getMessage());
            return Outcome.FAILED;
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the download of " + url, e);
        }
    }

    private void remind(List<Path> written) {
        if (written.isEmpty()) {
            return;
        }
        out().println("Files written:");
        written.forEach(path -> out().println("  " + path));
        out().println("They hold production data: delete them when you are done (rm -r " + outputDir + ").");
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
