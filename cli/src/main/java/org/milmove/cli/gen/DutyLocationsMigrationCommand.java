package org.milmove.cli.gen;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.gen.DutyLocationLookup.Found;
import org.milmove.cli.gen.DutyLocationsCsv.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "duty-locations-migration", aliases = "duty-stations-migration",
        description = {
            "Create a secure migration that adds the Marines duty locations of a CSV file",
            "(a header row, then: unit \"CITY ST\", name, 5-digit zip), each with its",
            "address and transportation office. Every row is checked first (columns,",
            "state, ZIP, repeated names) and every problem reported by line. Then the",
            "database (--db-*) is asked what MilMove's builder asks: a row whose ZIP",
            "already has a Marines duty location is left out, and the others get an",
            "office with a shipping office in their ZIP's GBLOC (postal_code_to_gblocs).",
            "HI and AK rows are left out, as MilMove does. Writes",
            "tmp/<version>_<name>.up.sql (owner-only), its stand-in (one fake duty",
            "location) and the manifest line; nothing on bad input or if any step fails.",
            "Default name: add_duty_locations."},
        footerHeading = "%nExamples:%n",
        footer = "  DB_HOST=localhost DB_PASSWORD=... bin/milmove gen duty-locations-migration --filename new_locations.csv")
public final class DutyLocationsMigrationCommand implements Callable<Integer> {
    @Option(names = {"-f", "--filename", "--duty-stations-filename"}, required = true, paramLabel = "CSV",
            description = "The CSV file of duty locations.")
    Path file;

    @Mixin
    GeneratedMigrationOptions migration;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Row> rows = DutyLocationsCsv.read(file);
        List<Row> outside = rows.stream().filter(row -> row.state().equals("HI") || row.state().equals("AK")).toList();
        List<Row> inside = rows.stream().filter(row -> !outside.contains(row)).toList();
        SecureMigrationFiles files = migration.check("add_duty_locations");
        DutyLocationLookup.Result result;
        try (Database db = database.open(System.getenv())) {
            result = DutyLocationLookup.resolve(db, file, inside);
        }
        PrintWriter out = spec.commandLine().getOut();
        report(out, "in HI or AK, as MilMove does", outside.stream().map(Row::line).toList());
        report(out, "a Marines duty location already has the ZIP", result.alreadyThere());
        if (result.found().isEmpty()) {
            throw new UserException("No duty location of " + file + " is left to add; nothing was written");
        }
        String production = result.found().stream().map(found -> insert(found.row(), SqlLiteral.of(found.office())))
                .collect(Collectors.joining("\n"));
        String version = files.fileName().substring(0, files.fileName().indexOf('_'));
        Row fake = new Row(0, "Stand-in City", "VA", "Stand-in duty location " + version, "00000");
        String standIn = insert(fake, "(SELECT id FROM transportation_offices WHERE shipping_office_id IS NOT NULL"
                + " ORDER BY name, id LIMIT 1)");
        out.printf("%d duty location%s to add from %s.%n", result.found().size(), result.found().size() == 1 ? "" : "s", file);
        GeneratedMigration.write(files, "duty-locations-migration", new GeneratedSql(production, standIn), out);
        return 0;
    }

    private static void report(PrintWriter out, String why, List<Integer> lines) {
        if (!lines.isEmpty()) {
            out.printf("Left out (%s): line%s %s.%n", why, lines.size() == 1 ? "" : "s",
                    lines.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    private static String insert(Row row, String office) {
        UUID address = UUID.randomUUID();
        return """
                INSERT INTO addresses (id, street_address_1, city, state, postal_code, country_id, is_oconus, created_at, updated_at)
                VALUES (%s, 'N/A', %s, %s, %s, (SELECT id FROM re_countries WHERE country = 'US'), false, now(), now());
                INSERT INTO duty_locations (id, name, affiliation, address_id, transportation_office_id, created_at, updated_at)
                VALUES (%s, %s, 'MARINES', %s, %s, now(), now());
                """.formatted(SqlLiteral.of(address), SqlLiteral.of(row.city()), SqlLiteral.of(row.state()),
                SqlLiteral.of(row.zip()), SqlLiteral.of(UUID.randomUUID()), SqlLiteral.of(row.name()), SqlLiteral.of(address),
                office);
    }
}
