package org.milmove.cli.pricing;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.milmove.cli.ExitCode;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.files.FileWrites;
import org.milmove.cli.files.FileWrites.Access;
import org.milmove.cli.output.ProgressLine;
import org.milmove.pricing.importer.ImportException;
import org.milmove.pricing.importer.PricingImporter;
import org.milmove.pricing.report.Findings;
import org.milmove.pricing.report.HtmlReport;
import org.milmove.pricing.report.Samples;
import org.milmove.pricing.report.SpotCheck;
import org.milmove.pricing.report.TextReport;
import org.milmove.pricing.template.CsvWriter;
import org.milmove.pricing.template.HeaderCheckException;
import org.milmove.pricing.template.PricingWorkbook;
import org.milmove.pricing.template.StageTable;
import org.milmove.pricing.template.StagedTemplate;
import org.milmove.pricing.template.TemplateException;
import org.milmove.pricing.template.TemplateParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import",
        description = {
            "Parse the GHC pricing template (XLSX), check its headers, and import it into the re_* tables as a new",
            "contract, in one transaction. Prints a spot-check report: rows per table, header warnings, duplicates",
            "and gaps found in the sheets, sample rows. Nothing is written when a check or a row fails.",
            "Header checks the original tool runs are errors; those it never ran only warn (--strict-headers: errors).",
            "Text headers are compared ignoring case and whitespace; every mismatch is listed in one run."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove pricing import --filename pricing_template.xlsx --contract-code TRUSS_TEST --report report.html",
            "  bin/milmove pricing import --filename pricing_template.xlsx --verify-only --strict-headers",
            "  bin/milmove pricing import --filename pricing_template.xlsx --sheets 4,6 --save-csv"})
public final class PricingImportCommand implements Callable<Integer> {
    static final int SAMPLE_ROWS = 3;

    @Option(names = "--filename", required = true, paramLabel = "<xlsx>", description = "The pricing template workbook.")
    Path filename;
    @Option(names = "--contract-code", description = "Code of the new contract (re_contracts.code); must not exist yet.")
    String contractCode;
    @Option(names = "--contract-name", defaultValue = "", description = "Name of the contract (default: the code).")
    String contractName;
    @Option(names = "--contract-start-date", defaultValue = "2021-02-01", paramLabel = "YYYY-MM-DD",
            description = "Start of the first contract year (default: ${DEFAULT-VALUE}).")
    String contractStartDate;
    @Option(names = "--sheets", split = ",", paramLabel = "<index>",
            description = "Only these sheet indexes (0-based), in this order; parses and checks them but imports nothing.")
    List<Integer> sheets;
    @Option(names = "--save-csv", description = "Write the staged rows of each stage table as CSV, like the original tool.")
    boolean saveCsv;
    @Option(names = "--csv-dir", defaultValue = ".", description = "Directory for --save-csv files (default: ${DEFAULT-VALUE}).")
    Path csvDir;
    @Option(names = "--verify-only", description = "Parse, check headers and report findings; write nothing to the database.")
    boolean verifyOnly;
    @Option(names = "--strict-headers",
            description = "Header checks the original tool never ran (2b, 3a-3c, the 2a example row and last mileage band) fail the run instead of warning.")
    boolean strictHeaders;
    @Option(names = "--report", paramLabel = "<html>", description = "Also write the spot-check report as an HTML file.")
    Path report;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        LocalDate start = startDate();
        boolean importing = !verifyOnly && sheets == null;
        if (importing && (contractCode == null || contractCode.isBlank())) {
            throw new UserException("--contract-code is required to import (or use --verify-only)");
        }
        StagedTemplate staged = parse();
        if (saveCsv) {
            saveCsv(staged);
        }
        SpotCheck check = importing ? importAndCheck(staged, start) : check(staged, Map.of(), List.of());
        spec.commandLine().getOut().print(TextReport.render(check));
        if (report != null) {
            FileWrites.write(report, Access.DEFAULT, HtmlReport.render(check));
            spec.commandLine().getOut().println("\nReport written to " + report);
        }
        return ExitCode.OK;
    }

    private LocalDate startDate() {
        try {
            return LocalDate.parse(contractStartDate);
        } catch (DateTimeParseException e) {
            throw new UserException("--contract-start-date must be a date as YYYY-MM-DD, not " + Quoted.of(contractStartDate));
        }
    }

    private StagedTemplate parse() {
        ProgressLine line = ProgressLine.on(spec.commandLine().getErr());
        TemplateParser.Progress progress = (index, name, rows, millis) ->
                line.done(String.format("  sheet %2d  %-32s %,7d rows  %5d ms", index, name, rows, millis));
        try (PricingWorkbook workbook = PricingWorkbook.open(filename)) {
            return TemplateParser.parse(workbook, sheets == null ? TemplateParser.ALL_SHEETS : sheets, progress,
                    strictHeaders);
        } catch (HeaderCheckException e) {
            throw new UserException(e.summary() + " in " + filename + "; nothing was written. Fix every cell listed"
                    + (strictHeaders ? "" : " as an error (warnings do not stop an import without --strict-headers)")
                    + ":" + e.listing(), e);
        } catch (TemplateException e) {
            throw new UserException(e.getMessage() + "; nothing was written", e);
        }
    }

    /** One file per stage table, {@code <csv base name>_<timestamp>.csv} like the original tool's; all or none. */
    private void saveCsv(StagedTemplate staged) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        try (FileWrites files = new FileWrites()) {
            for (StageTable<?> table : staged.tables()) {
                files.replace(csvDir.resolve(table.csvBaseName() + "_" + stamp + ".csv"), Access.DEFAULT, out -> {
                    Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    CsvWriter.write(table, staged.rows(table), csv);
                    csv.flush();
                    return null;
                });
            }
            files.commit();
            files.keep();
        }
        spec.commandLine().getOut().println("Wrote " + staged.tables().size() + " CSV files to " + csvDir);
    }

    private SpotCheck importAndCheck(StagedTemplate staged, LocalDate start) throws SQLException {
        try (Database db = database.open(System.getenv()); Connection c = db.dataSource().getConnection()) {
            PricingImporter.Result result = PricingImporter.importTemplate(c, staged,
                    new PricingImporter.Contract(contractCode, contractName, start));
            spec.commandLine().getOut().printf("Imported %,d rows in %,d ms as contract %s.%n",
                    result.totalRows(), result.millis(), contractCode);
            return check(staged, result.rowsWritten(), Samples.of(c, result.contractId(), SAMPLE_ROWS));
        } catch (ImportException e) {
            throw new ImportException(e.getMessage() + "; the import was rolled back, nothing was written", e);
        }
    }

    private SpotCheck check(StagedTemplate staged, Map<String, Integer> written, List<SpotCheck.Sample> samples) {
        return spotCheck(filename.toString(), contractCode, staged, written, samples);
    }

    /** What the report shows of a parsed workbook; {@code written} and {@code samples} are empty when nothing was imported. */
    static SpotCheck spotCheck(String workbook, String contractCode, StagedTemplate staged, Map<String, Integer> written,
            List<SpotCheck.Sample> samples) {
        return new SpotCheck(workbook, contractCode, SpotCheck.stagedRows(staged), written, Findings.of(staged), samples);
    }

}
