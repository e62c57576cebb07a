package org.milmove.cli.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.milmove.cli.UserException;

/**
 * The duty locations file MilMove's generator reads: CSV, a header row, then one duty location a row in three columns,
 * {@code unit} ("CITY ST": the city, a space, the state's two letters), {@code name} and {@code zip} (5 digits). Every
 * row is checked before anything is used, and every problem is reported with its line, never the values themselves,
 * which are not for the terminal's scrollback.
 */
final class DutyLocationsCsv {
    /** A row that passed every check. */
    record Row(int line, String city, String state, String name, String zip) {
    }

    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID",
            "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
            "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP");

    private DutyLocationsCsv() {
    }

    /** Reads and checks the file: its rows, or a {@link UserException} that lists every problem by line. */
    static List<Row> read(Path file) {
        List<String> problems = new ArrayList<>();
        List<Csv.Record> records = Csv.parse(text(file));
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (Csv.Record record : records.subList(Math.min(1, records.size()), records.size())) {
            Row row = row(record, problems);
            if (row == null) {
                continue;
            }
            Integer first = names.putIfAbsent(row.name().toLowerCase(Locale.ROOT), row.line());
            if (first != null) {
                problems.add("line " + row.line() + ": the same name as line " + first);
            } else {
                rows.add(row);
            }
        }
        if (!problems.isEmpty()) {
            throw problems(file, problems);
        }
        if (rows.isEmpty()) {
            throw new UserException("Duty locations file " + file + " has no duty locations after its header row;"
                    + " nothing was written");
        }
        return rows;
    }

    static UserException problems(Path file, List<String> problems) {
        return new UserException("Duty locations file " + file + " has " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "; nothing was written:\n  " + String.join("\n  ", problems));
    }

    private static Row row(Csv.Record record, List<String> problems) {
        int before = problems.size();
        String where = "line " + record.line() + ": ";
        List<String> fields = record.fields();
        if (record.problem() != null) {
            problems.add(where + record.problem());
            return null;
        }
        if (fields.size() != 3) {
            problems.add(where + "3 columns expected (unit, name, zip), found " + fields.size());
            return null;
        }
        String unit = fields.get(0).strip();
        String name = fields.get(1).strip();
        String zip = fields.get(2).strip();
        int space = unit.lastIndexOf(' ');
        String state = space < 0 ? "" : unit.substring(space + 1).toUpperCase(Locale.ROOT);
        if (unit.isEmpty()) {
            problems.add(where + "the unit (column 1) is empty");
        } else if (space < 0) {
            problems.add(where + "the unit (column 1) does not end in a state: write the city, a space and the state's"
                    + " two letters, e.g. CAMP LEJEUNE NC");
        } else if (!STATES.contains(state)) {
            problems.add(where + "the unit (column 1) ends in an unknown state; use a US state's or territory's two letters");
        }
        if (name.isEmpty()) {
            problems.add(where + "the name (column 2) is empty");
        }
        if (!ZIP.matcher(zip).matches()) {
            problems.add(where + "the ZIP (column 3) is not 5 digits");
        }
        if (String.join("", fields).indexOf('\0') >= 0) {
            problems.add(where + "a NUL character, which PostgreSQL text cannot store");
        }
        return problems.size() > before ? null : new Row(record.line(), unit.substring(0, space).strip(), state, name, zip);
    }

    private static String text(Path file) {
        try {
            String text = Files.readString(file);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new UserException("Duty locations file " + file + " (--filename) does not exist");
        } catch (CharacterCodingException e) {
            throw new UserException("Duty locations file " + file + " is not UTF-8 text; save it as CSV (UTF-8)");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the duty locations file " + file, e);
        }
    }
}
