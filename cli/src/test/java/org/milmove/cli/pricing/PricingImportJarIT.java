package org.milmove.cli.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MilmoveProcess;
import org.milmove.pricing.fixture.TemplateFixture;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** pricing import run as bin/milmove runs it, its output a pipe: the whole report arrives, not just its last line. */
@WithPostgres
class PricingImportJarIT {
    private static final Path APP = Path.of("..", "migrations", "app").toAbsolutePath().normalize();
    @TempDir
    Path dir;

    @Test
    void withoutReportTheWholeSpotCheckIsPrintedToAPipe(TestDatabase db) throws Exception {
        Path workbook = TemplateFixture.independentlyBuilt().write(dir.resolve("pricing_template.xlsx"));
        MilmoveProcess milmove = new MilmoveProcess(dir, Map.of("DB_HOST", db.host(), "DB_PORT", String.valueOf(db.port()),
                "DB_NAME", db.name(), "DB_USER", db.user(), "DB_PASSWORD", db.password(), "DB_RETRY_MAX", "0",
                "MIGRATION_MANIFEST", APP.resolve("migrations_manifest.txt").toString(),
                "MIGRATION_PATH", APP.resolve("schema") + ";" + APP.resolve("secure")));
        CliResult migrate = milmove.run("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();

        CliResult result = milmove.run("pricing", "import", "--filename", workbook.toString(), "--contract-code", "PIPE1");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).startsWith("Imported 67,743 rows")
                .contains("Pricing template spot check: " + workbook, "Staged rows per stage table",
                        "Rows written for contract PIPE1", "Findings (4)", "cell P12: expected \"4001+\", found \"\"",
                        "Sample of re_contracts")
                .containsPattern("total +38,331")
                .containsPattern("total +67,743");
        // The last section is the last sample, complete: a table of its header and three rows.
        String last = result.out().substring(result.out().lastIndexOf("\nSample of "));
        assertThat(last.strip().lines()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(result.out()).endsWith("\n");
    }
}
