package org.milmove.pricing.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.milmove.testsupport.PgDump;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.postgresql.ds.PGSimpleDataSource;

@WithPostgres
class DumpRoundTripTest {
    private final TestDatabase db;
    @TempDir
    Path dir;

    DumpRoundTripTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void data(TestDatabase db) throws Exception {
        PricingData.schema(db);
        PricingData.rows(db);
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"JDBC", "PG_DUMP"})
    void trickyValuesAndPricingRowsSurviveLoadingIntoAnEmptyCopyOfTheSchema(Engine engine) throws Exception {
        Path file = dir.resolve("dump.sql");
        DumpResult result = dump(DumpRequest.of("TRUSS_TEST").withEngine(engine), file);
        TestDatabase target = PricingData.createDatabase(db, engine.name().toLowerCase());
        try {
            PricingData.schema(target);

            // Foreign keys are checked row by row while the file loads: a child table before its parent fails here.
            PricingData.applyThroughFlyway(target, file);

            assertThat(result.engine()).isEqualTo(engine);
            assertThat(PricingData.contents(target)).isEqualTo(PricingData.contents(db));
            assertThat(result.tables()).extracting(t -> t.table().sql())
                    .contains("public.re_tricky_values", "public.re_zip3s").doesNotContain("public.re_services");
        } finally {
            PricingData.drop(db, target);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"JDBC", "PG_DUMP"})
    void tablesComeInForeignKeyOrderAndTheHeaderNamesContractDatabaseAndCounts(Engine engine) throws Exception {
        Path file = dir.resolve("dump.sql");
        DumpResult result = dump(DumpRequest.of("TRUSS_TEST").withEngine(engine), file);
        String text = Files.readString(file);

        List<String> copied = copiedTables(text);
        assertThat(copied).containsExactlyInAnyOrderElementsOf(result.tables().stream().map(t -> t.table().sql()).toList());
        assertThat(copied.indexOf("public.re_contracts")).isLessThan(copied.indexOf("public.re_contract_years"));
        assertThat(copied.indexOf("public.re_domestic_service_areas")).isLessThan(copied.indexOf("public.re_zip3s"));
        assertThat(copied.indexOf("public.re_rate_areas")).isLessThan(copied.indexOf("public.re_zip3s"));
        assertThat(text).startsWith("--\n-- GHC pricing data for contract TRUSS_TEST: data only, ")
                .contains("-- Source database: " + db.name() + "\n")
                .containsPattern("--   public\\.re_contract_years +4\n")
                .containsPattern("--   public\\.re_tricky_values +15\n")
                .contains("SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n")
                .doesNotContain(db.host() + ":").doesNotContain("\\restrict").doesNotContain("search_path")
                .endsWith("-- End of pricing data: " + result.tables().size() + " tables, " + result.totalRows() + " rows.\n");
        assertThat(result.bytes()).isEqualTo(Files.size(file));
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"JDBC", "PG_DUMP"})
    void trickyValuesAndPricingRowsLoadAlikeAsMilMovesMigratorReadsTheFile(Engine engine) throws Exception {
        Path file = dir.resolve("dump.sql");
        dump(DumpRequest.of("TRUSS_TEST").withEngine(engine), file);
        TestDatabase target = PricingData.createDatabase(db, "go_" + engine.name().toLowerCase());
        try {
            PricingData.schema(target);

            PricingData.applyAsMilMoveRanIt(target, file);

            assertThat(PricingData.contents(target)).isEqualTo(PricingData.contents(db));
        } finally {
            PricingData.drop(db, target);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"JDBC", "PG_DUMP"})
    void copyDataHoldsOnlyRowsMilMoveReadsLikeCopyAndTheOthersAreOneLineInsertStatements(Engine engine) throws Exception {
        Path file = dir.resolve("dump.sql");
        DumpResult result = dump(DumpRequest.of("TRUSS_TEST").withEngine(engine), file);
        List<String> lines = List.of(Files.readString(file).split("\n"));

        boolean inCopy = false;
        Map<String, List<String>> insertedKeys = new TreeMap<>();
        for (String line : lines) {
            if (inCopy && line.equals("\\.")) {
                inCopy = false;
            } else if (inCopy) {
                assertThat(line).isNotEmpty();
                assertThat(startsWithSpace(line)).as(line).isFalse();
                assertThat(line.split("\t", -1)).as(line)
                        .allMatch(field -> field.equals("\\N") || !field.contains("\\"), "no backslash but in \\N");
            } else if (line.startsWith("COPY ")) {
                inCopy = true;
            } else if (line.startsWith("INSERT INTO ")) {
                assertThat(line).doesNotContain("--").doesNotContain("?").doesNotContain("\t").endsWith(");");
                insertedKeys.computeIfAbsent(line.split(" ")[2], t -> new ArrayList<>()).add(firstValue(line));
            }
        }

        // TAB, LF, backslash, \. inside, \. alone, CR, the text \N; array, jsonb and bytea text with backslashes.
        assertThat(insertedKeys.get("public.re_tricky_values")).containsExactly("3", "4", "5", "6", "7", "9", "11", "13", "14");
        assertThat(insertedKeys.get("public.re_tricky_keys"))
                .containsExactlyInAnyOrder(" leading space", "\u00a0no-break space", "\u2003em space", "", "search path");
        assertThat(insertedKeys).containsOnlyKeys("public.re_tricky_values", "public.re_tricky_keys");
        assertThat(result.insertRows()).isEqualTo(14);
        assertThat(lines).contains("-- 9 of the 15 rows of public.re_tricky_values as INSERT statements: MilMove's"
                + " migrator would read their COPY text differently");
    }

    @Test
    void twoJdbcDumpsOfTheSameDataAreByteIdentical() throws Exception {
        Path first = dir.resolve("first.sql");
        Path second = dir.resolve("second.sql");
        dump(DumpRequest.of("TRUSS_TEST").withEngine(Engine.JDBC), first);
        dump(DumpRequest.of("TRUSS_TEST").withEngine(Engine.JDBC), second);

        assertThat(Files.mismatch(first, second)).isEqualTo(-1);
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"JDBC", "PG_DUMP"})
    void bigTablesAreSplitIntoSeveralCopyBlocksThatStillLoad(Engine engine) throws Exception {
        Path file = dir.resolve("dump.sql");
        DumpResult result = dump(DumpRequest.of("TRUSS_TEST").withEngine(engine).withLimits(new BlockLimits(2_000, 4)), file);
        String text = Files.readString(file);
        TestDatabase target = PricingData.createDatabase(db, "blocks_" + engine.name().toLowerCase());
        try {
            PricingData.schema(target);
            PricingData.applyThroughFlyway(target, file);

            // 6 of its 15 rows are COPY data, the others INSERT statements.
            assertThat(count(text, "COPY public.re_tricky_values ")).isEqualTo(2);
            assertThat(count(text, "COPY public.re_zip3s ")).isGreaterThan(10);
            assertThat(result.copyBlocks()).isEqualTo(count(text, "\n\\.\n"));
            assertThat(PricingData.contents(target)).isEqualTo(PricingData.contents(db));
        } finally {
            PricingData.drop(db, target);
        }
    }

    @Test
    void progressIsReportedPerTable() throws Exception {
        List<String> reports = new java.util.ArrayList<>();
        dump(DumpRequest.of("TRUSS_TEST").withEngine(Engine.JDBC)
                .withProgress((table, done, total) -> reports.add(table.sql() + " " + done + "/" + total)), dir.resolve("d.sql"));

        assertThat(reports).contains("public.re_tricky_values 15/15", "public.re_contract_years 4/4");
    }

    private DumpResult dump(DumpRequest request, Path file) throws Exception {
        if (request.engine() == Engine.PG_DUMP) {
            PgDump.assumeOnPath();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            return PricingDump.dump(DumpSource.of((PGSimpleDataSource) db.dataSource()), request, out);
        }
    }

    static List<String> copiedTables(String text) {
        Matcher m = Pattern.compile("(?m)^COPY (\\S+) \\(").matcher(text);
        List<String> tables = new java.util.ArrayList<>();
        while (m.find()) {
            if (!tables.contains(m.group(1))) {
                tables.add(m.group(1));
            }
        }
        return tables;
    }

    /** The first value of a generated INSERT statement, decoded. */
    private static String firstValue(String insert) {
        Matcher m = Pattern.compile("decode\\('([^']*)', 'base64'\\)").matcher(insert);
        assertThat(m.find()).as(insert).isTrue();
        return new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    }

    /** Go's unicode.IsSpace, or Java's idea of a space: either would be a reason for an INSERT. */
    private static boolean startsWithSpace(String line) {
        int c = line.codePointAt(0);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
