package org.milmove.cli.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Each generator's production file, uploaded to a secure-migrations bucket, applied by migrate from S3 on tables with
 * MilMove's columns and constraints; each stand-in applied from the secure folder; hostile input stored verbatim.
 */
@WithPostgres
@WithS3
class SecureDataMigrationsTest {
    private static final String TABLES = "20240101000000_milmove_tables.up.sql";
    private static final String DOD_FINGERPRINT = "a925cf03e05816f2afcd922979523691be6bda4088ed21c65cd041f3b51f8444";
    private static final String DOD_SUBJECT = "CN=DOE.JANE.1234567890,OU=DoD+OU=PKI+OU=CONTRACTOR,O=U.S. Government,C=US";
    private static final String HOSTILE = "CN=O'Brien'; DROP TABLE users; -- x,OU=Ünïcødé ☃ ---,O=a?b\\c\\'d',L=line\nbreak\ttab";

    private final TestDatabase db;
    private final S3TestServer server;
    @TempDir
    Path dir;
    private MigrationProject project;
    private String bucket;
    private int versions;

    SecureDataMigrationsTest(TestDatabase db, S3TestServer server) {
        this.db = db;
        this.server = server;
    }

    @BeforeEach
    void setUp() throws Exception {
        S3TestServer.useItsCredentials();
        bucket = server.newBucket("secure");
        db.emptyPublicSchema();
        project = new MigrationProject(dir).listed("schema", TABLES, resource("milmove-tables.sql"));
    }

    @AfterEach
    void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @Test
    void certsMigrationFromACertificateFileGivesItAUserThePrimeRoleAndEveryOrdersApi() throws Exception {
        CliResult result = gen("certs-migration", "--cert-file", resourcePath("dod.pem").toString());

        String name = "20250601000001_add_client_cert.up.sql";
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Created the production file " + dir.resolve("tmp").resolve(name))
                .contains("  1. Read the statements in " + dir.resolve("tmp").resolve(name))
                .contains("  2. Upload it to the deployed environments: bin/milmove secure-migration upload")
                .contains("bin/milmove migrate --environment <env>").contains("  4. Commit ");
        String production = Files.readString(dir.resolve("tmp").resolve(name));
        assertThat(production).contains(DOD_FINGERPRINT).contains(DOD_SUBJECT).doesNotContain("uuid_generate");
        assertThat(Files.getPosixFilePermissions(dir.resolve("tmp").resolve(name))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(dir.resolve("secure").resolve(name))).doesNotContain(DOD_FINGERPRINT).doesNotContain("DOE.JANE");

        applyFromS3(name);

        assertThat(db.column("SELECT u.okta_email || ' ' || r.role_type FROM users u JOIN users_roles ur ON ur.user_id = u.id"
                + " JOIN roles r ON r.id = ur.role_id")).containsExactly(DOD_FINGERPRINT + "@api.move.mil prime");
        assertThat(db.column("SELECT c.sha256_digest || ' ' || c.subject FROM client_certs c JOIN users u ON u.id = c.user_id"
                + " WHERE c.allow_orders_api AND c.allow_prime AND NOT c.allow_pptas AND c.allow_air_force_orders_read"
                + " AND c.allow_air_force_orders_write AND c.allow_army_orders_read AND c.allow_army_orders_write"
                + " AND c.allow_coast_guard_orders_read AND c.allow_coast_guard_orders_write AND c.allow_marine_corps_orders_read"
                + " AND c.allow_marine_corps_orders_write AND c.allow_navy_orders_read AND c.allow_navy_orders_write"))
                .containsExactly(DOD_FINGERPRINT + " " + DOD_SUBJECT);
        // The ids are fixed in the file: every row's id is written there.
        for (String table : List.of("users", "users_roles", "client_certs")) {
            assertThat(production).contains(db.column("SELECT id::text FROM " + table).get(0));
        }

        applyStandIns();
        assertThat(db.column("SELECT subject FROM client_certs")).singleElement().asString()
                .startsWith("CN=stand-in.20250601000001_add_client_cert.up.sql,OU=Stand-in");
        assertThat(db.column("SELECT count(*) FROM users_roles")).containsExactly("1");
    }

    @Test
    void hostileSubjectsAndEmailsAreStoredVerbatimByFlywayAndByMilMovesOwnReading() throws Exception {
        String fingerprint = DOD_FINGERPRINT.toUpperCase().replaceAll("(..)(?!$)", "$1:");
        assertThat(gen("certs-migration", "--fingerprint", fingerprint, "--subject", HOSTILE).exitCode()).isZero();
        String email = "o'brien;--\"x\"?@exämple.mil";
        assertThat(gen("disable-user-migration", "--email", email).exitCode()).isZero();
        List<String> names = List.of("20250601000001_add_client_cert.up.sql", "20250601000002_disable_user.up.sql");
        for (String name : names) {
            assertThat(Files.readString(dir.resolve("tmp").resolve(name))).doesNotContain("--\"").doesNotContain("-- x");
        }
        tablesWithUsers(email);

        for (boolean asMilMoveRan : List.of(false, true)) {
            db.emptyPublicSchema();
            List<String> more = new ArrayList<>();
            if (asMilMoveRan) {
                Path replay = Files.writeString(dir.resolve("replay.txt"), "20250601000001\n20250601000002\n");
                more.addAll(List.of("--replay-versions", replay.toString()));
            }
            applyFromS3(names, more.toArray(String[]::new));

            assertThat(db.column("SELECT subject FROM client_certs")).as("replayed: " + asMilMoveRan).containsExactly(HOSTILE);
            assertThat(db.column("SELECT sha256_digest FROM client_certs")).containsExactly(DOD_FINGERPRINT);
            assertThat(db.column("SELECT okta_email || ' ' || active FROM users ORDER BY okta_email"))
                    .containsExactly(DOD_FINGERPRINT + "@api.move.mil false", email + " false");
        }
    }

    @Test
    void updateChangesTheFingerprintAndSubjectOfTheCertificateRowItNamesAndItsUsersEmail() throws Exception {
        assertThat(gen("certs-migration", "--cert-file", resourcePath("dod.pem").toString()).exitCode()).isZero();
        applyFromS3(List.of("20250601000001_add_client_cert.up.sql"));
        String id = db.column("SELECT id::text FROM client_certs").get(0);
        String user = db.column("SELECT user_id::text FROM client_certs").get(0);

        CliResult result = gen("certs-migration", "--update", "--certid", id, "--cert-file", resourcePath("odd.pem").toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        applyFromS3(List.of("20250601000001_add_client_cert.up.sql", "20250601000002_update_client_cert.up.sql"));
        String odd = "324be63953bb6a232f11e1d71fcedd429785f8639f48d5045fa233ad7fd5bf06";
        assertThat(db.column("SELECT id || ' ' || user_id || ' ' || sha256_digest FROM client_certs"))
                .containsExactly(id + " " + user + " " + odd);
        assertThat(db.column("SELECT subject FROM client_certs")).singleElement().asString().startsWith("SERIALNUMBER=0042,CN=");
        assertThat(db.column("SELECT okta_email FROM users")).containsExactly(odd + "@api.move.mil");

        applyStandIns();
        assertThat(db.column("SELECT subject FROM client_certs"))
                .containsExactlyInAnyOrder("CN=stand-in.20250601000001_add_client_cert.up.sql,OU=Stand-in,O=Fake,C=US",
                        "CN=stand-in.updated.20250601000002_update_client_cert.up.sql,OU=Stand-in,O=Fake,C=US");
    }

    @Test
    void disableCertsRemovesTheCertificateAndTheRoleLinkAndMakesItsUserInactive() throws Exception {
        assertThat(gen("certs-migration", "--cert-file", resourcePath("dod.pem").toString()).exitCode()).isZero();
        CliResult result = gen("disable-certs-migration", "--fingerprint", DOD_FINGERPRINT);

        assertThat(result.exitCode()).as(result.all()).isZero();
        applyFromS3(List.of("20250601000001_add_client_cert.up.sql", "20250601000002_disable_client_cert.up.sql"));
        assertThat(db.column("SELECT count(*) FROM client_certs")).containsExactly("0");
        assertThat(db.column("SELECT count(*) FROM users_roles")).containsExactly("0");
        assertThat(db.column("SELECT okta_email || ' ' || active FROM users")).containsExactly(DOD_FINGERPRINT + "@api.move.mil false");

        applyStandIns();
        // The add stand-in's fake certificate stays; the disable stand-in's own fake certificate is gone.
        assertThat(db.column("SELECT subject FROM client_certs"))
                .containsExactly("CN=stand-in.20250601000001_add_client_cert.up.sql,OU=Stand-in,O=Fake,C=US");
        assertThat(db.column("SELECT count(*) FROM users WHERE okta_email LIKE '%@api.move.mil' AND NOT active")).containsExactly("2");
    }

    @Test
    void disableUserMakesOnlyThatUserInactive() throws Exception {
        tablesWithUsers("jane.doe@example.mil", "john.doe@example.mil");

        CliResult result = gen("disable-user-migration", "-e", "jane.doe@example.mil");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(Files.readString(dir.resolve("secure").resolve("20250601000001_disable_user.up.sql"))).doesNotContain("jane");
        applyFromS3("20250601000001_disable_user.up.sql");
        assertThat(db.column("SELECT okta_email || ' ' || active FROM users ORDER BY okta_email"))
                .containsExactly("jane.doe@example.mil false", "john.doe@example.mil true");

        applyStandIns();
        assertThat(db.column("SELECT okta_email || ' ' || active FROM users ORDER BY okta_email")).containsExactly(
                "jane.doe@example.mil true", "john.doe@example.mil true", "stand-in.20250601000001_disable_user@example.com false");
    }

    @Test
    void dutyLocationsGetTheirAddressAndAnOfficeFromTheDatabaseAndRowsMilMoveSkipsAreLeftOut() throws Exception {
        assertThat(migrate(project.args("migrate", db)).exitCode()).isZero();
        Path csv = Files.writeString(dir.resolve("locations.csv"), """
                unit,name,zip
                CAMP LEJEUNE NC,"Camp Lejeune, ""Bldg 1""; -- annex",28542
                JACKSONVILLE NC,New River Air Station ☃,28547
                QUANTICO VA,MCB Quantico,22134
                TWENTYNINE PALMS CA,Another at Twentynine Palms,92278
                KANEOHE BAY HI,MCB Hawaii,96863
                """);

        CliResult result = gen("duty-stations-migration", "--filename", csv.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Left out (in HI or AK, as MilMove does): line 6.")
                .contains("Left out (a Marines duty location already has the ZIP): line 5.")
                .contains("3 duty locations to add from " + csv);
        assertThat(Files.readString(dir.resolve("secure").resolve("20250601000001_add_duty_locations.up.sql")))
                .doesNotContain("Lejeune").doesNotContain("Quantico").doesNotContain("28542");
        db.emptyPublicSchema();
        applyFromS3(List.of("20250601000001_add_duty_locations.up.sql"));
        assertThat(db.column("""
                SELECT d.name || ' | ' || a.city || ' ' || a.state || ' ' || a.postal_code || ' ' || c.country || ' | ' || t.name
                FROM duty_locations d JOIN addresses a ON a.id = d.address_id JOIN re_countries c ON c.id = a.country_id
                JOIN transportation_offices t ON t.id = d.transportation_office_id
                WHERE d.affiliation = 'MARINES' AND d.created_at > now() - interval '1 hour' AND a.street_address_1 = 'N/A'
                ORDER BY d.name"""))
                .containsExactly(
                        "Camp Lejeune, \"Bldg 1\"; -- annex | CAMP LEJEUNE NC 28542 US | PPPO Camp Lejeune",
                        "MCB Quantico | QUANTICO VA 22134 US | PPPO Quantico",
                        "New River Air Station ☃ | JACKSONVILLE NC 28547 US | PPPO Camp Lejeune");

        applyStandIns();
        assertThat(db.column("SELECT d.name || ' ' || a.postal_code FROM duty_locations d JOIN addresses a ON a.id = d.address_id"
                + " WHERE a.street_address_1 = 'N/A'")).containsExactly("Stand-in duty location 20250601000001 00000");
    }

    @Test
    void aBadCsvReportsEveryBadLineAndWritesNothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("locations.csv"), """
                unit,name,zip
                CAMP LEJEUNE NC,Camp Lejeune
                QUANTICO VA,MCB Quantico,2213
                SOMEWHERE XX,Nowhere,12345
                NOSTATE,Stateless,12345
                ,,
                QUANTICO VA,"MCB Quantico,
                second building",22134
                QUANTICO VA,MCB Quantico,22134
                QUANTICO VA,mcb quantico,22134
                QUANTICO VA,MCB "Quantico",22134
                QUANTICO VA,"MCB Quantico""\",22134
                QUANTICO VA,"never closed,22134
                """);

        CliResult result = gen("duty-locations-migration", "--filename", csv.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("milmove: Duty locations file " + csv + " has 10 problems; nothing was written:\n"
                + "  line 2: 3 columns expected (unit, name, zip), found 2\n"
                + "  line 3: the ZIP (column 3) is not 5 digits\n"
                + "  line 4: the unit (column 1) ends in an unknown state; use a US state's or territory's two letters\n"
                + "  line 5: the unit (column 1) does not end in a state: write the city, a space and the state's two letters,"
                + " e.g. CAMP LEJEUNE NC\n"
                + "  line 6: the unit (column 1) is empty\n"
                + "  line 6: the name (column 2) is empty\n"
                + "  line 6: the ZIP (column 3) is not 5 digits\n"
                + "  line 10: the same name as line 9\n"
                + "  line 11: a quote inside an unquoted field; put the field in quotes and double the quote (\"\")\n"
                + "  line 13: a quoted field that is never closed (a \" is missing)\n");
        assertNothingWritten();
    }

    @Test
    void rowsTheDatabaseCannotResolveAreReportedTogetherAndNothingIsWritten() throws Exception {
        assertThat(migrate(project.args("migrate", db)).exitCode()).isZero();
        Path csv = Files.writeString(dir.resolve("locations.csv"), """
                unit,name,zip
                DENVER CO,Buckley,80230
                QUANTICO VA,MCB Quantico,22134
                NOWHERE VA,Unknown ZIP,22999
                """);

        CliResult result = gen("duty-locations-migration", "--filename", csv.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("milmove: Duty locations file " + csv + " has 2 problems; nothing was written:\n"
                + "  line 2: GBLOC KKFA of the ZIP has no transportation office with a shipping office\n"
                + "  line 4: the ZIP is not in postal_code_to_gblocs, so it has no GBLOC and no transportation office\n");
        assertNothingWritten();
    }

    @Test
    void badOptionsAreOneLineEachAndWriteNothing() throws Exception {
        assertRefused(gen("certs-migration", "--subject", "CN=x"), "Give the certificate: --cert-file FILE, or both --fingerprint and --subject");
        assertRefused(gen("certs-migration", "--fingerprint", "abc", "--subject", "CN=x"), "--fingerprint \"abc\" is not a SHA-256 fingerprint");
        assertRefused(gen("certs-migration", "--fingerprint", DOD_FINGERPRINT, "--subject", "CN=x\0"), "--subject holds a NUL character");
        assertRefused(gen("certs-migration", "--cert-file", resourcePath("dod.pem").toString(), "--subject", "CN=x"),
                "--cert-file gives the fingerprint and the subject: leave out --fingerprint and --subject");
        assertRefused(gen("certs-migration", "--cert-file", dir.resolve("none.pem").toString()), "Certificate file "
                + dir.resolve("none.pem") + " (--cert-file) does not exist");
        assertRefused(gen("certs-migration", "--cert-file", dir.resolve("schema").resolve(TABLES).toString()),
                "(--cert-file) is not an X.509 certificate (PEM or DER)");
        assertRefused(gen("certs-migration", "--update", "--cert-file", resourcePath("dod.pem").toString()),
                "--update changes an existing client_certs row: give its id with --certid");
        assertRefused(gen("certs-migration", "--update", "--certid", "42", "--cert-file", resourcePath("dod.pem").toString()),
                "--certid \"42\" is not a UUID");
        assertRefused(gen("certs-migration", "--certid", "6d8e2a5c-0b1f-4d8e-9c3a-2f4b5a6c7d8e", "--cert-file",
                resourcePath("dod.pem").toString()), "--certid names the row to change with --update");
        assertRefused(gen("disable-certs-migration", "--fingerprint", "g".repeat(64)), "is not a SHA-256 fingerprint");
        assertRefused(gen("disable-user-migration", "--email", "jane.doe"), "--email \"jane.doe\" is not an e-mail address");
        assertRefused(gen("duty-locations-migration", "--filename", dir.resolve("none.csv").toString()),
                "Duty locations file " + dir.resolve("none.csv") + " (--filename) does not exist");
    }

    private void assertRefused(CliResult result, String message) throws IOException {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains(message).doesNotContain("\tat ").hasLineCount(1);
        assertNothingWritten();
    }

    private void assertNothingWritten() throws IOException {
        assertThat(dir.resolve("tmp")).doesNotExist();
        try (Stream<Path> secure = Files.list(dir.resolve("secure"))) {
            assertThat(secure).isEmpty();
        }
        assertThat(Files.readAllLines(project.manifest())).containsExactly("# test manifest", TABLES);
    }

    private CliResult gen(String command, String... options) {
        List<String> args = new ArrayList<>(List.of("gen", command));
        args.addAll(List.of(options));
        args.addAll(List.of("-m", project.manifest().toString(), "--schema-dir", dir.resolve("schema").toString(),
                "--secure-dir", dir.resolve("secure").toString(), "--output-dir", dir.resolve("tmp").toString(),
                "--version", String.valueOf(20250601000001L + versions++)));
        if (command.startsWith("duty")) {
            args.addAll(List.of("--db-host", db.host(), "--db-port", String.valueOf(db.port()), "--db-name", db.name(),
                    "--db-user", db.user(), "--db-password", db.password(), "--db-retry-max", "0"));
        }
        return CliResult.run(args);
    }

    private void applyFromS3(String name) throws Exception {
        applyFromS3(List.of(name));
    }

    /** Uploads the production files as the secure-migrations bucket holds them, and migrates from there. */
    private void applyFromS3(List<String> names, String... more) throws Exception {
        for (String name : names) {
            server.client().putObject(b -> b.bucket(bucket).key("secure-migrations/" + name),
                    RequestBody.fromFile(dir.resolve("tmp").resolve(name)));
        }
        List<String> args = new ArrayList<>(project.args("migrate", db,
                "--migration-path", "s3://" + bucket + "/secure-migrations;" + dir.resolve("schema"),
                "--s3-endpoint", server.endpoint().toString(), "--aws-region", S3TestServer.REGION));
        args.addAll(List.of(more));
        CliResult result = migrate(args);
        assertThat(result.exitCode()).as(result.all()).isZero();
    }

    /** A fresh database migrated from the repository: the schema and the stand-ins in the secure folder. */
    private void applyStandIns() throws SQLException {
        db.emptyPublicSchema();
        CliResult result = migrate(project.args("migrate", db));
        assertThat(result.exitCode()).as(result.all()).isZero();
    }

    private static CliResult migrate(List<String> args) {
        return CliResult.run(args);
    }

    /** The fixture tables, with an active user for each e-mail address. */
    private void tablesWithUsers(String... emails) {
        StringBuilder sql = new StringBuilder(resource("milmove-tables.sql"));
        for (int i = 0; i < emails.length; i++) {
            sql.append("INSERT INTO users VALUES ('70000000-0000-0000-0000-00000000000").append(i + 1).append("', ")
                    .append(SqlLiteral.of(emails[i])).append(", true, now(), now());\n");
        }
        project.unlisted("schema", TABLES, sql.toString());
    }

    private static String resource(String name) {
        try {
            return Files.readString(resourcePath(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resourcePath(String name) {
        try {
            return Path.of(SecureDataMigrationsTest.class.getResource("/gen/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
