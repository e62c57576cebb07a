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
}
