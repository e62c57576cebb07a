package org.milmove.flyway.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigrationNameTest {
    @Test
    void splitsVersionAndDescription() {
        assertThat(MigrationName.version("20250101120000_add-pricing_2.up.sql")).isEqualTo("20250101120000");
        assertThat(MigrationName.description("20250101120000_add-pricing_2.up.sql")).isEqualTo("add-pricing_2");
        assertThat(MigrationName.isSql("20250101120000_a.up.sql")).isTrue();
        assertThat(MigrationName.isSql("20250101120000_a.up.fizz")).isFalse();
        assertThatThrownBy(() -> MigrationName.version("a.sql")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsWhatPopAccepts() {
        assertThat(MigrationName.isValid("20181220182247_add-office-users-#162792520.up.sql")).isTrue();
        assertThat(MigrationName.description("20181220182247_add-office-users-#162792520.up.sql"))
                .isEqualTo("add-office-users-#162792520");
        assertThat(MigrationName.isValid("20180103215841_create_issues.up.fizz")).isTrue();
        assertThat(MigrationName.isValid("20180103215841_x.postgres.up.sql")).isTrue();
        assertThat(MigrationName.description("20180103215841_x.postgres.up.sql")).isEqualTo("x");
    }

    @Test
    void downMigrationsAreRecognisedButNotValid() {
        assertThat(MigrationName.isDown("20180103215841_create_issues.down.sql")).isTrue();
        assertThat(MigrationName.isValid("20180103215841_create_issues.down.sql")).isFalse();
        assertThat(MigrationName.isValid("20180103215841_a.b.up.sql")).isFalse();
        assertThat(MigrationName.isValid("20180103215841_.up.sql")).isFalse();
        assertThat(MigrationName.isValid("x_a.up.sql")).isFalse();
    }
}
