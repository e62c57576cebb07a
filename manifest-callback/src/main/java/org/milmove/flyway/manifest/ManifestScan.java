package org.milmove.flyway.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Manifest text read tolerantly: every line-level problem is collected instead of thrown, so that {@link Manifest}
 * can refuse the manifest and {@link ManifestFile#check} can report everything else wrong with it as well.
 *
 * @param header   the raw lines above the first listed file (the comment block a team keeps at the top)
 * @param listings every line that lists something, duplicates and malformed names included, in file order
 * @param entries  the first listing of every valid migration name (SQL or fizz)
 * @param comments {@code #} lines below the header
 * @param problems malformed, down-migration and duplicate lines
 */
record ManifestScan(List<String> header, List<ManifestLine> listings, Map<String, ManifestEntry> entries,
        List<ManifestLine> comments, List<LineProblem> problems) {

    /** A problem found on one manifest line. */
    record LineProblem(int line, String message) {
        static LineProblem at(int line, String problem) {
            return new LineProblem(line, "line " + line + ": " + problem);
        }
    }

    static ManifestScan of(String text) {
        List<ManifestLine> lines = ManifestLine.split(text);
        int firstListing = (int) lines.stream().takeWhile(line -> !line.listsFile()).count();
        List<String> header = lines.subList(0, firstListing).stream().map(ManifestLine::raw).toList();
        List<ManifestLine> rest = lines.subList(firstListing, lines.size());
        List<ManifestLine> listings = rest.stream().filter(ManifestLine::listsFile).toList();
        List<ManifestLine> comments = rest.stream().filter(ManifestLine::isComment).toList();
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        List<LineProblem> problems = new ArrayList<>();
        for (ManifestLine line : listings) {
            String problem = problem(line, entries);
            if (problem != null) {
                problems.add(LineProblem.at(line.number(), problem));
            } else {
                entries.put(line.text(), new ManifestEntry(line.text(), line.number()));
            }
        }
        return new ManifestScan(header, listings, entries, comments, problems);
    }

    private static String problem(ManifestLine line, Map<String, ManifestEntry> earlier) {
        String name = line.text();
        if (earlier.containsKey(name)) {
            return Quoted.cut(name) + " is listed twice (also on line " + earlier.get(name).line() + ")";
        }
        if (MigrationName.isDown(name)) {
            return Quoted.cut(name) + " is a down migration; only up migrations run (fixes are new migrations): remove the line";
        }
        if (!MigrationName.isValid(name)) {
            return "\"" + Quoted.cut(name) + "\" is not a migration file name; expected " + MigrationName.EXPECTED;
        }
        return null;
    }
}
