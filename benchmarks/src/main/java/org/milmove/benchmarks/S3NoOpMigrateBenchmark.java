package org.milmove.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestCallback;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.flyway.resolver.MigrationPath;
import org.milmove.flyway.resolver.MigrationPathResourceProvider;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.FaultProxy;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A no-op migrate (everything applied) over 1,000 secure migrations in S3 behind 20 ms of latency per request:
 * our resolver, against a sequential fetch of the same objects and against the same migrations as local files.
 *
 * <p>Run from the repository root: {@code benchmarks/run S3NoOpMigrateBenchmark}
 */
public final class S3NoOpMigrateBenchmark {
    private static final int MIGRATIONS = 1_000;
    private static final Duration LATENCY = Duration.ofMillis(20);
    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        // Enough common-pool threads to keep 128 requests in flight, as the resolver does.
        System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "128");
        List<String> names = IntStream.range(0, MIGRATIONS)
                .mapToObj(i -> String.format("2025010100%04d_secure_%d.up.sql", i, i)).toList();
        Manifest manifest = Manifest.parse("benchmark manifest", String.join("\n", names));
        Path local = Files.createTempDirectory("bench-local");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
                S3TestServer s3Server = S3TestServer.start();
                FaultProxy slowLink = FaultProxy.start(s3Server.port());
                S3Client setup = s3Server.client();
                S3Client s3 = S3TestServer.client(slowLink.endpoint())) {
            setup.createBucket(b -> b.bucket("bench"));
            names.parallelStream().forEach(name -> {
                String sql = "-- " + name + "\nSELECT 1;\n";
                setup.putObject(b -> b.bucket("bench").key("secure/" + name), RequestBody.fromString(sql));
                write(local.resolve(name), sql);
            });
            TestDatabase db = postgres.admin();
            MigrationPath s3Path = MigrationPath.parse("s3://bench/secure", Path.of(""));
            MigrationPath localPath = MigrationPath.parse(local.toString(), Path.of(""));

            migrate(db, manifest, localPath, () -> MigrationPathResourceProvider.builder(localPath).build());
            double noLatencySeconds = best(() -> migrate(db, manifest, s3Path,
                    () -> MigrationPathResourceProvider.builder(s3Path).s3(s3).fetchOnly(manifest::lists).build()));
            slowLink.latency(LATENCY);

            double localSeconds = best(() -> migrate(db, manifest, localPath,
                    () -> MigrationPathResourceProvider.builder(localPath).build()));
            double oursSeconds = best(() -> migrate(db, manifest, s3Path,
                    () -> MigrationPathResourceProvider.builder(s3Path).s3(s3).fetchOnly(manifest::lists).build()));
            double sequentialSeconds = best(() -> names.forEach(name ->
                    s3.getObjectAsBytes(b -> b.bucket("bench").key("secure/" + name))));
            double parallelSeconds = best(() -> names.parallelStream().unordered().forEach(name ->
                    s3.getObjectAsBytes(b -> b.bucket("bench").key("secure/" + name))));

            System.out.printf("no-op migrate, %d migrations, %d ms latency per S3 request, best of %d%n",
                    MIGRATIONS, LATENCY.toMillis(), ROUNDS);
            System.out.printf("  local files                       %6.2f s%n", localSeconds);
            System.out.printf("  S3, our resolver, no latency      %6.2f s%n", noLatencySeconds);
            System.out.printf("  S3, our resolver                  %6.2f s   (%.2fx local files)%n", oursSeconds, oursSeconds / localSeconds);
            System.out.printf("  S3, sequential fetch of the same  %6.2f s   (ours is %.1fx faster)%n",
                    sequentialSeconds, sequentialSeconds / oursSeconds);
            System.out.printf("  S3, the same fetches in parallel  %6.2f s   (the floor on this machine: the S3 server's work)%n",
                    parallelSeconds);
        }
        System.exit(0);
    }

    private static void migrate(TestDatabase db, Manifest manifest, MigrationPath path,
            Supplier<MigrationPathResourceProvider> files) {
        try (MigrationPathResourceProvider provider = files.get()) {
            var listed = new ManifestResourceProvider(manifest, provider, path.describe());
            MilMoveConventions.apply(Flyway.configure())
                    .dataSource(db.dataSource())
                    .resourceProvider(listed)
                    .callbacks(new ManifestCallback(listed))
                    .load()
                    .migrate();
        }
    }

    private static double best(Runnable run) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
