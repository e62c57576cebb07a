package org.milmove.flyway.plugin;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;
import org.milmove.flyway.resolver.S3Settings;
import org.milmove.flyway.setup.MilMoveSettings;

/**
 * The {@code flyway.milmove.*} keys of one configuration, as a value: what identifies an opened stack.
 */
record PluginSettings(String manifest, String migrationPath, String s3Region, String s3Endpoint, String s3Profile) {

    /**
     * The keys Flyway filled in ({@code configure(Map)}, environment variables, the Flyway command line); else the
     * {@code [flyway.milmove]} table of a {@code flyway.toml} that Flyway read into its configuration model.
     */
    static PluginSettings of(Configuration configuration) {
        MilMoveConfigurationExtension keys = configuration.getPluginRegister()
                .getExact(MilMoveConfigurationExtension.class);
        if (keys != null && keys.getManifest() != null) {
            return new PluginSettings(keys.getManifest(), keys.getMigrationPath(), keys.getS3Region(),
                    keys.getS3Endpoint(), keys.getS3Profile());
        }
        Object table = configuration.getModernConfig().getFlyway().getPluginConfigurations()
                .get(MilMoveConfigurationExtension.NAMESPACE);
        Map<?, ?> toml = table instanceof Map<?, ?> map ? map : Map.of();
        return new PluginSettings(text(toml, "manifest"), text(toml, "migrationPath"), text(toml, "s3Region"),
                text(toml, "s3Endpoint"), text(toml, "s3Profile"));
    }

    private static String text(Map<?, ?> table, String key) {
        Object value = table.get(key);
        return value == null ? null : value.toString();
    }

    MilMoveSettings settings() {
        if (manifest == null || migrationPath == null) {
            throw new FlywayException("The milmove: location needs flyway.milmove.manifest (MIGRATION_MANIFEST) and"
                    + " flyway.milmove.migrationPath (MIGRATION_PATH); set both ([flyway.milmove] in flyway.toml).");
        }
        S3Settings s3 = S3Settings.aws().withRegion(s3Region).withProfile(s3Profile);
        return MilMoveSettings.of(Path.of(manifest), migrationPath)
                .withS3(s3Endpoint == null ? s3 : s3.withEndpoint(URI.create(s3Endpoint)));
    }
}
