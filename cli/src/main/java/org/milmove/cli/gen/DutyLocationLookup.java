package org.milmove.cli.gen;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.cli.gen.DutyLocationsCsv.Row;

/**
 * What a new duty location needs from the database, found as MilMove's builder finds it, with one difference: MilMove
 * leaves out a row whose ZIP already has a Marines duty location, and gives the others the nearest transportation
 * office with a shipping office. MilMove measures "nearest" from a ZIP-to-coordinates table compiled into its code,
 * which the database does not have; here the office is one with a shipping office in the GBLOC that
 * {@code postal_code_to_gblocs} gives the ZIP, preferring one in the same ZIP, then in the same 3-digit ZIP area,
 * then by name.
 */
final class DutyLocationLookup {
    /** A row to add, and the transportation office it gets. */
    record Found(Row row, UUID office) {
    }

    /** The rows to add and the lines left out because their ZIP already has a Marines duty location. */
    record Result(List<Found> found, List<Integer> alreadyThere) {
    }

    private static final String MARINES_AT_ZIP = """
            SELECT 1 FROM duty_locations d JOIN addresses a ON a.id = d.address_id
            WHERE a.postal_code = ? AND d.affiliation = 'MARINES'""";
    private static final String GBLOC = "SELECT gbloc FROM postal_code_to_gblocs WHERE postal_code = ?";
    private static final String OFFICE = """
            SELECT t.id FROM transportation_offices t JOIN addresses a ON a.id = t.address_id
            WHERE t.gbloc = ? AND t.shipping_office_id IS NOT NULL
            ORDER BY a.postal_code = ? DESC, left(a.postal_code, 3) = left(?, 3) DESC, t.name, t.id
            LIMIT 1""";

    private DutyLocationLookup() {
    }

    /** Looks up every row; a row that cannot be resolved is a problem, and all problems are reported together. */
    static Result resolve(Database db, Path file, List<Row> rows) {
        List<Found> found = new ArrayList<>();
        List<Integer> alreadyThere = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            c.setReadOnly(true);
            for (Row row : rows) {
                if (first(c, MARINES_AT_ZIP, row.zip()).isPresent()) {
                    alreadyThere.add(row.line());
                    continue;
                }
                Optional<String> gbloc = first(c, GBLOC, row.zip());
                Optional<String> office = gbloc.isEmpty() ? Optional.empty() : first(c, OFFICE, gbloc.get(), row.zip(), row.zip());
                if (gbloc.isEmpty()) {
                    problems.add("line " + row.line() + ": the ZIP is not in postal_code_to_gblocs, so it has no GBLOC"
                            + " and no transportation office");
                } else if (office.isEmpty()) {
                    problems.add("line " + row.line() + ": GBLOC " + gbloc.get() + " of the ZIP has no transportation"
                            + " office with a shipping office");
                } else {
                    found.add(new Found(row, UUID.fromString(office.get())));
                }
            }
        } catch (SQLException e) {
            throw new UserException("Could not look up duty locations, GBLOCs and transportation offices in "
                    + db.description() + " (SQL state " + e.getSQLState() + "): " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw DutyLocationsCsv.problems(file, problems);
        }
        return new Result(found, alreadyThere);
    }

    private static Optional<String> first(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
