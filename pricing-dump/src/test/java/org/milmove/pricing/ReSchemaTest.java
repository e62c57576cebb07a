package org.milmove.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

@WithPostgres
class ReSchemaTest {

    @Test
    void createsTheReTablesWithTheServicesSeed(TestDatabase db) throws Exception {
        ReSchema.apply(db);

        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM re_services")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(41);
        }
    }
}
