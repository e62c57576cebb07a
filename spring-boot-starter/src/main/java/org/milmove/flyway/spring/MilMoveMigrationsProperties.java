package org.milmove.flyway.spring;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.milmove.flyway.resolver.S3Settings;
import org.milmove.flyway.setup.MilMoveSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** MilMove's migrations in a Spring Boot service: {@code milmove.migrations.*}. */
@ConfigurationProperties("milmove.migrations")
public class MilMoveMigrationsProperties {
    /** The main manifest: the migration files that may run, in order. Setting it turns MilMove's migrations on. */
    private Path manifest;

    /**
     * ';'-separated places where the main and DML manifests' files live: dir, file://dir, s3://bucket/prefix
     * (MIGRATION_PATH).
     */
    private String path = "migrations/app/schema;migrations/app/secure";

    /** MilMove's DML manifest, applied after the DDL phases and recorded in the same history; skipped when absent. */
    private Path dmlManifest;

    /** Read .up.sql files as MilMove's Go migrator does (COPY data, raw migrations, search_path lines). */
    private boolean milmoveSql = true;

    /** Also record each applied version in pop's schema_migration, for MilMove's Go migrator as a fallback. */
    private boolean popHistory;

    private final S3 s3 = new S3();

    private final Ddl ddl = new Ddl();

    /** The settings these properties give; the manifests are read now. */
    MilMoveSettings settings() {
        S3Settings s3Settings = S3Settings.aws().withRegion(s3.region).withProfile(s3.profile);
        MilMoveSettings settings = MilMoveSettings.of(manifest, path)
                .withS3(s3.endpoint == null ? s3Settings : s3Settings.withEndpoint(s3.endpoint))
                .withDdl(ddl.phases())
                .withReading(new MilMoveSettings.Reading(milmoveSql, popHistory, Set.of(),
                        MilMoveSettings.Reading.DEFAULT.replayHint(), MilMoveSettings.Reading.DEFAULT.warnings()));
        return dmlManifest == null ? settings : settings.withDml(dmlManifest);
    }

    /** How to reach S3 for s3:// places; credentials come from the AWS default chain. */
    public static class S3 {
        /** Region of the buckets; default: the AWS default chain's (AWS_REGION, profile). */
        private String region;

        /** An S3-compatible server instead of AWS, e.g. http://localhost:9000; uses path-style requests. */
        private URI endpoint;

        /** AWS profile for S3 credentials; default: the AWS default credentials chain's choice. */
        private String profile;

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public URI getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(URI endpoint) {
            this.endpoint = endpoint;
        }

        public String getProfile() {
            return profile;
        }

        public void setProfile(String profile) {
            this.profile = profile;
        }
    }

    /** MilMove's DDL phases, run after the main manifest on every migrate; a phase without a manifest is left out. */
    public static class Ddl {
        private final Phase types = Phase.at("migrations/app/ddl_migrations/ddl_types");
        private final Phase tables = Phase.at("migrations/app/ddl_migrations/ddl_tables");
        private final Phase views = Phase.at("migrations/app/ddl_migrations/ddl_views");
        private final Phase functions = Phase.at("migrations/app/ddl_migrations/ddl_functions");

        public Phase getTypes() {
            return types;
        }

        public Phase getTables() {
            return tables;
        }

        public Phase getViews() {
            return views;
        }

        public Phase getFunctions() {
            return functions;
        }

        List<MilMoveSettings.DdlFiles> phases() {
            // MilMove's order: types, tables, views, functions.
            return Stream.of(Map.entry("DDL types", types), Map.entry("DDL tables", tables),
                            Map.entry("DDL views", views), Map.entry("DDL functions", functions))
                    .filter(phase -> phase.getValue().manifest != null)
                    .map(phase -> MilMoveSettings.DdlFiles.read(phase.getKey(), phase.getValue().manifest,
                            phase.getValue().path))
                    .toList();
        }
    }

    /** One DDL phase. */
    public static class Phase {
        /** Its manifest; the phase runs only when this is set, and is skipped when the file does not exist. */
        private Path manifest;

        /**
         * ';'-separated places where its files live: dir, file://dir, s3://bucket/prefix (default: MilMove's layout,
         * migrations/app/ddl_migrations/ddl_types, ddl_tables, ddl_views, ddl_functions).
         */
        private String path;

        static Phase at(String path) {
            Phase phase = new Phase();
            phase.path = path;
            return phase;
        }

        public Path getManifest() {
            return manifest;
        }

        public void setManifest(Path manifest) {
            this.manifest = manifest;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }
    }

    public Path getManifest() {
        return manifest;
    }

    public void setManifest(Path manifest) {
        this.manifest = manifest;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public Path getDmlManifest() {
        return dmlManifest;
    }

    public void setDmlManifest(Path dmlManifest) {
        this.dmlManifest = dmlManifest;
    }

    public boolean isMilmoveSql() {
        return milmoveSql;
    }

    public void setMilmoveSql(boolean milmoveSql) {
        this.milmoveSql = milmoveSql;
    }

    public boolean isPopHistory() {
        return popHistory;
    }

    public void setPopHistory(boolean popHistory) {
        this.popHistory = popHistory;
    }

    public S3 getS3() {
        return s3;
    }

    public Ddl getDdl() {
        return ddl;
    }
}
