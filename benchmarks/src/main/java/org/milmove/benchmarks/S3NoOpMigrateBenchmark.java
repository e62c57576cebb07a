package org.milmove.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestCallback;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.flyway.resolver.ChecksumCache;
import org.milmove.flyway.resolver.MigrationPath;
import org.milmove.flyway.resolver.MigrationPathResourceProvider;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.FaultProxy;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A no-op migrate (everything applied) over 1,200 secure migrations in S3, on loopback and behind 20 ms of latency
 * per request, against the same migrations as local files, timed side by side. The S3 runs compose the stack as the
 * CLI does, ETag-to-checksum cache included; the same runs without the cache (every object fetched) are shown too.
 * Then the same no-op as users run it, {@code bin/milmove migrate} as a fresh process each time, S3 against local
 * files, with the CPU time of each process beside its wall time.
 *
 * <p>Run from the repository root: {@code benchmarks/run S3NoOpMigrateBenchmark}
 */
public final class S3NoOpMigrateBenchmark {
    private static final int MIGRATIONS = 1_200;
    private static final Duration LATENCY = Duration.ofMillis(20);
    private static final int ROUNDS = 5;
    private static final double GOAL = 1.5;
    private static final int PROCESS_ROUNDS = 7;

    public static void main(String[] args) throws Exception {
        List<String> names = IntStream.range(0, MIGRATIONS)
                .mapToObj(i -> String.format("2025010100%04d_secure_%d.up.sql", i, i)).toList();
        Manifest manifest = Manifest.parse("benchmark manifest", String.join("\n", names));
        Path local = Files.createTempDirectory("bench-local");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
                S3TestServer s3Server = S3TestServer.start();
                FaultProxy link = FaultProxy.start(s3Server.port());
                S3Client setup = s3Server.client();
                S3Client s3 = S3TestServer.client(link.endpoint())) {
            setup.createBucket(b -> b.bucket("bench"));
            names.parallelStream().forEach(name -> {
                String sql = "-- " + name + "\nSELECT 1;\n";
                setup.putObject(b -> b.bucket("bench").key("secure/" + name), RequestBody.fromString(sql));
                write(local.resolve(name), sql);
            });
            TestDatabase db = postgres.admin();
            MigrationPath s3Path = MigrationPath.parse("s3://bench/secure", Path.of(""));
            MigrationPath localPath = MigrationPath.parse(local.toString(), Path.of(""));
            Runnable localRun = () -> migrate(db, manifest, localPath, null, false, false);
            Runnable cachedRun = () -> migrate(db, manifest, s3Path, s3, true, true);
            Runnable pageByPageRun = () -> migrate(db, manifest, s3Path, s3, true, false);
            Runnable uncachedRun = () -> migrate(db, manifest, s3Path, s3, false, true);
            localRun.run();
            cachedRun.run();

            System.out.printf("no-op migrate, %d migrations, median of %d side by side; goal: S3 <= %.1fx local files%n",
                    MIGRATIONS, ROUNDS, GOAL);
            for (Duration latency : List.of(Duration.ZERO, LATENCY)) {
                link.latency(latency);
                Map<String, Double> medians = new SideBySide()
                        .add("local", localRun).add("s3", cachedRun).add("page by page", pageByPageRun)
                        .add("uncached", uncachedRun)
                        .medians(ROUNDS);
                double ratio = medians.get("s3") / medians.get("local");
                System.out.printf("  %2d ms per S3 request: local files %5.2f s, S3 %5.2f s = %.2fx local (%s);"
                                + " listed page by page %5.2f s = %.2fx; without the checksum cache %5.2f s = %.2fx%n",
                        latency.toMillis(), medians.get("local"), medians.get("s3"), ratio, SideBySide.verdict(ratio, GOAL),
                        medians.get("page by page"), medians.get("page by page") / medians.get("local"),
                        medians.get("uncached"), medians.get("uncached") / medians.get("local"));
            }
            asProcesses(postgres.admin(), link, local, names);
        }
        System.exit(0);
    }

    /**
     * The same no-op as users run it: {@code bin/milmove migrate}, a fresh JVM each time, over the S3 prefix (through
     * the proxy, credentials and region from the environment) and over the local folder, each against a database of
     * its own that its first run migrated. Every timed run must report nothing to migrate.
     */
    private static void asProcesses(TestDatabase admin, FaultProxy link, Path local, List<String> names) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        // Not the repository root: there the default DDL manifests would run this repository's DDL files.
        Path project = Files.createTempDirectory("bench-cli");
        Path manifest = Files.writeString(project.resolve("manifest.txt"), String.join("\n", names) + "\n");
        Map<String, String> s3Environment = Map.of("AWS_ENDPOINT_URL_S3", link.endpoint().toString(),
                "AWS_REGION", S3TestServer.REGION, "AWS_ACCESS_KEY_ID", S3TestServer.ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", S3TestServer.SECRET_KEY);
        link.latency(Duration.ZERO);
        Runnable localRun = cli(root, project, manifest, local.toString(), newDatabase(admin, "cli_local"), Map.of());
        Runnable s3Run = cli(root, project, manifest, "s3://bench/secure", newDatabase(admin, "cli_s3"), s3Environment);
        List<FaultProxy.RequestHead> seen = link.recordRequests().requests();
        s3Run.run();
        List<FaultProxy.RequestHead> oneRun = link.requests().subList(seen.size(), link.requests().size());
        long listings = oneRun.stream().filter(r -> r.requestLine().contains("list-type=2")).count();
        if (listings == 0) {
            throw new IllegalStateException("the S3 run listed nothing through the proxy: " + oneRun);
        }
        localRun.run();

        System.out.printf("bin/milmove migrate as users run it (a fresh JVM each run, launcher options and class-data"
                + " archive), no-op, median of %d side by side; load averages (1, 5, 15 min) %s before%n",
                PROCESS_ROUNDS, Machine.loadAverages());
        for (Duration latency : List.of(Duration.ZERO, LATENCY)) {
            link.latency(latency);
            Map<String, SideBySide.Figure> figures = new SideBySide().add("local", localRun).add("s3", s3Run)
                    .figures(PROCESS_ROUNDS);
            SideBySide.Figure files = figures.get("local");
            SideBySide.Figure s3 = figures.get("s3");
            double ratio = s3.wall() / files.wall();
            System.out.printf("  %2d ms per S3 request: local files %5.2f s (CPU %5.2f s), S3 %5.2f s (CPU %5.2f s)"
                            + " = %.2fx local (%s)%n", latency.toMillis(), files.wall(), files.cpu(), s3.wall(), s3.cpu(),
                    ratio, SideBySide.verdict(ratio, GOAL));
        }
        System.out.printf("  each S3 run: %d listing requests, %d other requests; load averages %s after, on %d cores%n",
                listings, oneRun.size() - listings, Machine.loadAverages(), Runtime.getRuntime().availableProcessors());
    }

    /** A {@code bin/milmove migrate} run over {@code migrationPath}; the first (untimed) run here applies everything. */
    private static Runnable cli(Path root, Path project, Path manifest, String migrationPath, TestDatabase db,
            Map<String, String> environment) {
        List<String> command = List.of(root.resolve("bin/milmove").toString(), "migrate", "-m", manifest.toString(),
                "--migration-path", migrationPath, "--db-host", db.host(), "--db-port", String.valueOf(db.port()),
                "--db-name", db.name(), "--db-user", db.user(), "--db-retry-max", "0");
        Path log = project.resolve(db.name() + ".log");
        Processes.run(project, command, environment, log);
        return () -> {
            String output = Processes.run(project, command, environment, log);
            if (!output.contains("Nothing to migrate")) {
                throw new IllegalStateException("not a no-op: " + String.join(" ", command) + " said: " + output);
            }
        };
    }

    private static TestDatabase newDatabase(TestDatabase admin, String name) throws java.sql.SQLException {
        admin.execute("CREATE DATABASE " + name);
        return admin.withName(name);
    }

    /**
     * One no-op migrate composed as the CLI composes it; {@code s3} null for local files. {@code inRanges}: the S3
     * listing split at the manifest's names, as the CLI lists, or page by page.
     */
    private static void migrate(TestDatabase db, Manifest manifest, MigrationPath path, S3Client s3, boolean cached,
            boolean inRanges) {
        ChecksumCache cache = cached ? ChecksumCache.load(db.dataSource(), "flyway_schema_history", "benchmark") : null;
        var builder = MigrationPathResourceProvider.builder(path).s3(s3).fetchOnly(manifest::lists)
                .expectedFiles(inRanges ? manifest.fileNames() : List.of());
        if (cached) {
            builder.checksumCache(cache);
        }
        try (MigrationPathResourceProvider provider = builder.build()) {
            ResourceProvider files = cached ? cache.wrap(provider, provider) : provider;
            var listed = new ManifestResourceProvider(manifest, files, path.describe());
            MilMoveConventions.apply(Flyway.configure())
                    .dataSource(db.dataSource())
                    .resourceProvider(listed)
                    .callbacks(new ManifestCallback(listed))
                    .load()
                    .migrate();
        }
        if (cached) {
            cache.createTable();
            cache.save();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
