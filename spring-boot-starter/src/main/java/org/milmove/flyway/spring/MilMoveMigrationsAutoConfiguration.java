package org.milmove.flyway.spring;

import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.milmove.flyway.setup.MilMoveFlyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Plugs MilMove's migrations into Spring Boot's Flyway auto-configuration when {@code milmove.migrations.manifest} is
 * set: the Flyway bean gets the main manifest's stack ({@link MilMoveFlyway#configure}), and migrating at start-up
 * runs MilMove's order, main manifest, DDL phases, DML manifest. A listed migration that is missing stops the start.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass(Flyway.class)
@ConditionalOnProperty(prefix = "milmove.migrations", name = "manifest")
@EnableConfigurationProperties(MilMoveMigrationsProperties.class)
public class MilMoveMigrationsAutoConfiguration {
    private static final Log LOG = LogFactory.getLog(MilMoveMigrationsAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    MilMoveFlyway milMoveFlyway(MilMoveMigrationsProperties properties) {
        return properties.settings().open();
    }

    @Bean
    FlywayConfigurationCustomizer milMoveFlywayCustomizer(MilMoveFlyway migrations) {
        return configuration -> {
            migrations.configure(configuration);
            if (migrations.dmlFiles().isPresent()) {
                // The main and DML manifests share one history: validated together before migrating (below).
                configuration.validateOnMigrate(false);
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy milMoveMigrationStrategy(MilMoveFlyway migrations) {
        return main -> {
            Configuration configuration = main.getConfiguration();
            Optional<FluentConfiguration> dml = migrations.configureDml(configuration);
            if (dml.isPresent()) {
                migrations.configureVersioned(configuration).ignoreMigrationPatterns("*:future", "*:pending")
                        .load().validate();
            }
            migrations.migrate(main);
            migrations.runDdl(configuration.getDataSource(),
                    ran -> LOG.info(ran.phase() + ": ran " + ran.file() + " (" + ran.millis() + " ms)"));
            dml.ifPresent(phase -> migrations.migrate(phase.load()));
        };
    }
}
