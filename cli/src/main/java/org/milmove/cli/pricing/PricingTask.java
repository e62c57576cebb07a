package org.milmove.cli.pricing;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.milmove.cli.UserException;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import org.milmove.flyway.resolver.S3AccessException;
import org.milmove.flyway.resolver.S3Failures;
import org.milmove.pricing.importer.ImportException;
import org.milmove.pricing.importer.PricingImporter;
import org.milmove.pricing.importer.PricingImporter.Contract;
import org.milmove.pricing.report.HtmlReport;
import org.milmove.pricing.report.Samples;
import org.milmove.pricing.report.SpotCheck;
import org.milmove.pricing.report.TextReport;
import org.milmove.pricing.template.PricingWorkbook;
import org.milmove.pricing.template.StagedTemplate;
import org.milmove.pricing.template.TemplateException;
import org.milmove.pricing.template.TemplateParser;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One run of the scheduled import: every {@code .xlsx} object directly under the source prefix, in key order, is
 * imported unless its contract exists. A workbook that fails is reported and the next one is still processed.
 *
 * <p>Tasks started at once are kept apart by a transaction-level advisory lock per contract code, taken in the
 * import's own transaction: it is released by the commit that makes the contract visible (or by the rollback), so a
 * task that waited for it always sees the other task's outcome when it checks re_contracts again. Keying it by
 * contract rather than by object also covers two objects naming the same contract, and keeps tasks from waiting on
 * each other's unrelated workbooks, as one lock for the whole task would.
 */
final class PricingTask {
    /** What happened to one workbook. */
    enum Outcome { IMPORTED, SKIPPED, FAILED }

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('milmove pricing import'), hashtext(?))";

    private final S3Client s3;
    private final Connection connection;
    private final S3Prefix source;
    private final TaskReports reports;
    private final PrintWriter out;

    PricingTask(S3Client s3, Connection connection, S3Prefix source, S3Prefix reportTo, PrintWriter out) {
        this.s3 = s3;
        this.connection = connection;
        this.source = source;
        this.reports = new TaskReports(s3, reportTo == null ? source : reportTo);
        this.out = out;
    }

    List<Outcome> run() throws SQLException {
        requirePricingTables();
        List<Outcome> outcomes = new ArrayList<>();
        for (String name : workbooks()) {
            outcomes.add(process(name));
        }
        return outcomes;
    }

    private void requirePricingTables() throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT to_regclass('re_contracts') IS NULL")) {
            rs.next();
            if (rs.getBoolean(1)) {
                throw new UserException("The database has no re_contracts table; run bin/milmove migrate first");
            }
        }
    }

    /** The names of the workbooks directly under the source prefix, listed page by page. */
    private List<String> workbooks() {
        String keyPrefix = source.key("");
        ListObjectsV2Request request = ListObjectsV2Request.builder()
                .bucket(source.bucket()).prefix(keyPrefix).delimiter("/").build();
        List<String> names = new ArrayList<>();
        try {
            for (S3Object object : s3.listObjectsV2Paginator(request).contents()) {
                String name = object.key().substring(keyPrefix.length());
                if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                    names.add(name);
                }
            }
        } catch (SdkException e) {
            throw S3Failures.explain(e, source.toString(), S3Failures.Access.READ);
        }
        return names;
    }

    private Outcome process(String name) throws SQLException {
        String url = source.url(name);
        StagedTemplate staged = null;
        try {
            HeadObjectResponse head = s3.headObject(h -> h.bucket(source.bucket()).key(source.key(name)));
            Contract contract = ContractNaming.of(name, head.metadata());
            if (exists(contract.code())) {
                out.println(url + ": skipped, contract " + contract.code() + " already exists in re_contracts");
                return Outcome.SKIPPED;
            }
            staged = parse(url, read(name, head.eTag()));
            return importLocked(name, contract, staged);
        } catch (UserException | TemplateException e) {
            return failed(name, e.getMessage(), null);
        } catch (ImportException e) {
            return failed(name, e.getMessage(),
                    staged == null ? null : PricingImportCommand.spotCheck(url, null, staged, Map.of(), List.of()));
        } catch (SdkException e) {
            return failed(name, S3Failures.explain(e, url, S3Failures.Access.READ).getMessage(), null);
        }
    }

    /** The object's bytes, pinned to the ETag its metadata came from; held in memory, never written to disk. */
    private byte[] read(String name, String eTag) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(g -> g.bucket(source.bucket())
                .key(source.key(name)).ifMatch(eTag))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UserException("reading it from S3 broke off (" + e.getMessage() + "); the next run tries again");
        }
    }

    private static StagedTemplate parse(String url, byte[] bytes) {
        try (PricingWorkbook workbook = PricingWorkbook.read(url, bytes)) {
            return TemplateParser.parse(workbook, TemplateParser.ALL_SHEETS, TemplateParser.Progress.NONE);
        }
    }

    /** Imports in one transaction that first takes the contract's lock; the importer's commit or rollback releases it. */
    private Outcome importLocked(String name, Contract contract, StagedTemplate staged) throws SQLException {
        String url = source.url(name);
        PricingImporter.Result result;
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.setString(1, contract.code());
                lock.execute();
            }
            if (exists(contract.code())) {
                connection.rollback();
                out.println(url + ": skipped, contract " + contract.code()
                        + " was imported by another task while this one read the workbook");
                return Outcome.SKIPPED;
            }
            result = PricingImporter.importTemplate(connection, staged, contract);
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        SpotCheck check = PricingImportCommand.spotCheck(url, contract.code(), staged, result.rowsWritten(),
                Samples.of(connection, result.contractId(), PricingImportCommand.SAMPLE_ROWS));
        try {
            String report = reports.write(name, TextReport.render(check), HtmlReport.render(check));
            out.printf(Locale.ROOT, "%s: imported %,d rows as contract %s in %,d ms; report %s%n",
                    url, result.totalRows(), contract.code(), result.millis(), report);
            return Outcome.IMPORTED;
        } catch (S3AccessException e) {
            out.println(url + ": FAILED after importing contract " + contract.code() + ": " + e.getMessage());
            return Outcome.FAILED;
        }
    }

    private Outcome failed(String name, String reason, SpotCheck parsed) {
        String url = source.url(name);
        try {
            String report = reports.write(name, TextReport.renderFailure(url, reason, parsed),
                    HtmlReport.renderFailure(url, reason, parsed));
            out.println(url + ": FAILED, nothing was imported: " + reason + "; report " + report);
        } catch (S3AccessException e) {
            out.println(url + ": FAILED, nothing was imported: " + reason + "; and its report: " + e.getMessage());
        }
        return Outcome.FAILED;
    }

    private boolean exists(String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM re_contracts WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
