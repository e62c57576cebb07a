package org.milmove.flyway.compat.sql;

import java.util.Locale;

/**
 * MilMove's Go migrator stops reading a migration file before its end, without an error: it runs the statements
 * before {@code line}, skips the rest and records the version as applied.
 *
 * @param line   1-based line of the file where MilMove's Go migrator stops reading
 * @param reason why, in a phrase that names the line or construct at fault
 */
public record CutShort(int line, String reason) {
    static CutShort tooLong(GoLine line) {
        return new CutShort(line.number(), String.format(Locale.ROOT, "line %d is %,d bytes long, and Go's "
                + "bufio.Scanner stops without an error at a line of %,d bytes or more", line.number(), line.bytes(),
                GoLine.GO_MAX_LINE));
    }

    /**
     * The warning for a team: what MilMove did with this file and what this toolkit does instead.
     *
     * @param file       the migration's name, as the team knows it
     * @param replayHint how to have the file replayed as MilMove ran it; it completes the sentence "To run it as
     *                   MilMove did instead, …", for example "list its version in migrations/app/replay.txt"
     */
    public String warning(String file, String replayHint) {
        String ran = line == 1 ? "ran none of the file"
                : "ran only the statements before line " + line + ", skipped the rest";
        return file + ": MilMove's Go migrator stops reading this file at line " + line + ": " + reason + ". It "
                + ran + " and still recorded the version as applied. This toolkit runs the whole file as written. "
                + "To run it as MilMove did instead, " + replayHint + ".";
    }
}
