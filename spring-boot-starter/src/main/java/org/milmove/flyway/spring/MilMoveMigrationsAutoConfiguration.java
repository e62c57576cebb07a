package org.milmove.flyway.spring;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.milmove.flyway.compat.ddl.DdlResult;
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
 * runs MilMove's order ({@link MilMoveFlyway#migrateInOrder}): main manifest, DDL phases, DML manifest. A listed
 * migration that is missing stops the start.
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
        return main -> migrations.migrateInOrder(main,
                migrations.configureDml(main.getConfiguration()).map(FluentConfiguration::load), false,
                new MilMoveFlyway.Steps() {
                    @Override
                    public void ddlRan(DdlResult ran) {
                        LOG.info(ran.phase() + ": ran " + ran.file() + " (" + ran.millis() + " ms)");
                    }
                });
    }
}
