package org.milmove.flyway.compat.sql;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * MilMove's reading of {@code .up.sql} migration files, for Flyway.
 *
 * <p>MilMove's Go migrator ({@code pkg/migrate}) does not hand a file to PostgreSQL as written. It cuts {@code --}
 * comments, drops pg_dump's {@code set_config('search_path', …)} lines, strips leading white space, splits
 * statements with its own rules and loads COPY data itself, row by row. Two readings follow from that:
 *
 * <ul>
 *   <li>{@link #read}: the file as written, except where Flyway would store other data or fail: COPY data is
 *       read as MilMove reads it, and the search_path lines are dropped. This is what Flyway runs by default.
 *   <li>{@link #replay}: exactly the statements MilMove executes, silent losses included, for the few migrations
 *       a team wants run as MilMove ran them.
 * </ul>
 */
public final class MilMoveSql {
    private MilMoveSql() {
    }

    /**
     * The file as Flyway should run it, streamed: memory is bounded by the longest line, whatever the file's size.
     *
     * <ul>
     *   <li>A file whose first line starts with {@code -- POP RAW MIGRATION --}: lines 2 to the end, untouched.
     *   <li>Any other file: each line as written, except that a line containing
     *       {@code pg_catalog.set_config('search_path'} (outside a {@code --} comment) is dropped, and that the data
     *       of {@code COPY … (columns) FROM stdin;} (MilMove's form only) is read as MilMove reads it: leading white
     *       space stripped, empty lines dropped, fields split on TAB, {@code \N} kept as NULL and every other
     *       backslash doubled, so that PostgreSQL stores what MilMove stored.
     * </ul>
     *
     * <p>Lines end with {@code \n}; a {@code \r} before it is dropped, as Go drops it.
     *
     * @param file     the migration file's text, closed when the returned reader is closed
     * @param cutShort told once, when the returned reader reaches the end of the file, if MilMove's Go migrator
     *                 stops reading this file early (and then silently skips the rest of it); not called otherwise
     */
    public static Reader read(Reader file, Consumer<CutShort> cutShort) {
        return new MilMoveReader(file, cutShort);
    }

    /**
     * The SQL MilMove's Go migrator executes for this file, in order, as text for Flyway's PostgreSQL parser: each
     * statement as MilMove's splitter cut it (comments cut, search_path lines dropped, leading white space stripped,
     * empty lines dropped) with a newline; each COPY as the statement lib/pq prepares (identifiers quoted), its rows
     * re-escaped as {@link #read} does, and {@code \.}. What MilMove silently skips is not there: a statement its
     * splitter never finishes and everything after it, and everything from a line of 64 KiB or more on. A raw file
     * gives lines 2 to the end.
     *
     * <p>Not reproduced: pop's rewriting of every {@code ?} into {@code $1}, {@code $2}… (sqlx {@code Rebind}),
     * which changed the text of a few comments and literals in MilMove's databases.
     *
     * @param file the migration file's text, read to the end (or to where MilMove stops) and not closed
     */
    public static String replay(Reader file) throws IOException {
        return Replay.of(file);
    }
}
