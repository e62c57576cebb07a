package org.milmove.flyway.plugin;

import java.util.Map;
import org.flywaydb.core.extensibility.ConfigurationExtension;

/**
 * The {@code flyway.milmove.*} configuration keys ({@code [flyway.milmove]} in {@code flyway.toml}), which Flyway
 * fills in itself; MilMove's variables (MIGRATION_MANIFEST, MIGRATION_PATH, AWS_ENDPOINT_URL_S3) set them too. They
 * take effect where a location is {@code milmove:} ({@link MilMoveLocationHandler}).
 */
public class MilMoveConfigurationExtension implements ConfigurationExtension {
    static final String NAMESPACE = "milmove";
    private static final Map<String, String> VARIABLES = Map.of(
            "MIGRATION_MANIFEST", "flyway.milmove.manifest",
            "MIGRATION_PATH", "flyway.milmove.migrationPath",
            "AWS_ENDPOINT_URL_S3", "flyway.milmove.s3Endpoint");

    /** The manifest file: the migration files that may run. */
    private String manifest;
    /** {@code ;}-separated places where the files live: dir, file://dir, s3://bucket/prefix. */
    private String migrationPath;
    /** Region of the S3 buckets; default: the AWS default chain's. */
    private String s3Region;
    /** An S3-compatible server instead of AWS, e.g. http://localhost:9000 (path-style requests). */
    private String s3Endpoint;
    /** AWS profile for S3 credentials; default: the AWS default chain's choice. */
    private String s3Profile;

    @Override
    public String getNamespace() {
        return NAMESPACE;
    }

    @Override
    public String getConfigurationParameterFromEnvironmentVariable(String environmentVariable) {
        return VARIABLES.get(environmentVariable);
    }

    public String getManifest() {
        return manifest;
    }

    public void setManifest(String manifest) {
        this.manifest = manifest;
    }

    public String getMigrationPath() {
        return migrationPath;
    }

    public void setMigrationPath(String migrationPath) {
        this.migrationPath = migrationPath;
    }

    public String getS3Region() {
        return s3Region;
    }

    public void setS3Region(String s3Region) {
        this.s3Region = s3Region;
    }

    public String getS3Endpoint() {
        return s3Endpoint;
    }

    public void setS3Endpoint(String s3Endpoint) {
        this.s3Endpoint = s3Endpoint;
    }

    public String getS3Profile() {
        return s3Profile;
    }

    public void setS3Profile(String s3Profile) {
        this.s3Profile = s3Profile;
    }
}
