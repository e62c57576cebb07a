package org.milmove.flyway.compat.sql;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.milmove.flyway.compat.sql.BlockStack.Block;
import org.milmove.flyway.compat.sql.SplitterInput.NeedInput;

/**
 * The behaviour of MilMove's {@code SplitStatements}, step for step, over the bytes of its line-processed buffer:
 * it hands on each statement it cuts, and says where it gives up and drops the rest of the file.
 *
 * <p>Go runs the splitter beside the line reader; when a step needs bytes not written yet, it sleeps and retries the
 * step. This port feeds it line by line and retries likewise. Go writes a line with its {@code \n} at once, so its
 * retries never change the outcome, whatever the timing, and neither do these.
 */
final class GoSplitter {
    private final SplitterInput in = new SplitterInput();
    private final BlockStack blocks = new BlockStack();
    private final StatementText stmt;
    private final Consumer<String> statements;
    private long i;
    private int quoted;
    private int quoteRunLength;
    private boolean inCopyStatement;
    private int statementLine;
    private boolean done;
    private CutShort cutShort;

    /**
     * @param statements     receives each statement as Go sends it
     * @param statementLimit how many bytes of a statement to keep ({@link StatementText#WHOLE} or
     *                       {@link StatementText#ENOUGH_FOR_COPY}); {@code statements} gets only what is kept
     */
    GoSplitter(Consumer<String> statements, int statementLimit) {
        this.statements = statements;
        this.stmt = new StatementText(statementLimit);
    }

    /** Feeds one processed line; empty lines never reach Go's buffer. */
    void accept(String line, int number) {
        if (!done && !line.isEmpty()) {
            in.forget(i - 2);
            in.append(line, number);
            run();
        }
    }

    /** Whether the splitter has given up: nothing more it reads would run. */
    boolean gaveUp() {
        return cutShort != null;
    }

    /** The end of the input: splits what is left. */
    Optional<CutShort> close() {
        in.close();
        run();
        return Optional.ofNullable(cutShort);
    }

    private void run() {
        while (!done) {
            int runBefore = quoteRunLength;
            try {
                step();
            } catch (NeedInput e) {
                quoteRunLength = runBefore; // the one thing a step changes before it may wait
                return;
            }
        }
    }

    /** One turn of Go's loop. Each branch reads all it needs before it changes anything, so that it can be retried. */
    private void step() {
        int c = in.index(i);
        if (c < 0) {
            end();
            return;
        }
        quoteRunLength = c == '\'' ? quoteRunLength + 1 : 0;

        if (stmt.isEmpty() && GoText.isSpaceByte(c)) {
            i++;
            return;
        }

        if (inCopyStatement && c == '\n' && in.index(i - 2) == '\\' && in.index(i - 1) == '.') {
            for (String row : GoText.trimSpace(stmt.text()).split("\n", -1)) {
                statements.accept(row);
            }
            stmt.reset();
            inCopyStatement = false;
            i++;
            return;
        }

        if (blocks.isEmpty() && quoted == 0 && c == ';' && !inCopyStatement) {
            String sql = GoText.trimSpace(stmt.text() + ";");
            statements.accept(sql);
            inCopyStatement = stmt.complete() && CopyStdin.matches(sql);
            stmt.reset();
            i++;
            return;
        }

        if (quoted > 0) {
            // The buffer ends with '\n', so a quote always has a next byte and Go's end-of-buffer cases never happen.
            boolean closes = c == '\''
                    && in.index(i + 1) != '\''
                    && (in.index(i - 1) != '\'' || quoteRunLength % 2 == 1);
            append(c);
            if (closes) {
                quoted--;
            }
            i++;
            return;
        }

        if (c == '\'' && !inCopyStatement) {
            byte[] two = in.range(i, i + 2);
            if (two != null && two[1] == '\'') {
                append('\'');
                append('\'');
                i += 2;
                return;
            }
            append(c);
            quoted++;
            i++;
            return;
        }

        if (!inCopyStatement && (i == 0 || GoText.isSpaceByte(in.index(i - 1)))) {
            byte[] three = in.range(i, i + 3);
            if (three != null && GoText.isSpaceByte(three[2] & 0xFF) && opensBlock(three[0], three[1])) {
                openBlock(three[0], three[1]);
                return;
            }
        }

        if (!blocks.isEmpty()) {
            Block last = blocks.last();
            if (last.token().length == 0) {
                // Go's Range(i, i) is an error, on which the splitter stops.
                giveUp("`" + last.opener() + "` on line " + last.line()
                        + " is followed by a token that Go trims to nothing, and MilMove's splitter stops there");
                return;
            }
            byte[] ahead = in.range(i, i + last.token().length);
            if (ahead == null) {
                giveUp(stillOpen(last));
                return;
            }
            if (GoText.equalFold(ahead, last.token())) {
                i += last.token().length;
                append(last.token());
                blocks.pop();
                return;
            }
        }

        append(c);
        i++;
    }

    private static String stillOpen(Block block) {
        String why = block.keyword().equals("DO") ? "`DO` for the start of a `DO $$ ... $$` block"
                : "`AS` in CREATE FUNCTION for the start of a `$$ ... $$` body";
        return "`" + block.opener() + "` on line " + block.line() + " starts a block that ends only at another `"
                + new String(block.token(), StandardCharsets.UTF_8) + "` (MilMove's splitter takes " + why
                + "), and it is still open at the end of the file";
    }

    private boolean opensBlock(byte first, byte second) {
        if (first == 'D' && second == 'O') {
            return true;
        }
        if (first != 'A' || second != 'S') {
            return false;
        }
        String head = stmt.head();
        return GoText.hasUpperPrefix(head, "CREATE OR REPLACE FUNCTION")
                || GoText.hasUpperPrefix(head, "CREATE FUNCTION");
    }

    /** {@code DO} or {@code AS}, white space, then a token up to the next white space, which will close the block. */
    private void openBlock(byte first, byte second) {
        String keyword = "" + (char) first + (char) second;
        long j = i + 2;
        int b;
        while (isTokenEnd(b = in.index(j))) {
            j++;
        }
        if (b < 0) {
            giveUp("`" + keyword + "` on line " + in.lineAt(i)
                    + " is followed by nothing but white space, where MilMove's splitter expects a block's token");
            return;
        }
        long start = j;
        while ((b = in.index(j)) >= 0 && !isTokenEnd(b)) {
            j++;
        }
        byte[] raw = in.range(start, j);
        // Go builds the token with string(byte), which reads each byte as a code point: UTF-8 comes out as mojibake.
        String token = new String(raw, StandardCharsets.ISO_8859_1);
        Block block = new Block(GoText.trimSpace(token).getBytes(StandardCharsets.UTF_8), keyword,
                new String(raw, StandardCharsets.UTF_8), in.lineAt(i));
        append(first);
        append(second);
        append(' ');
        append(token.getBytes(StandardCharsets.UTF_8));
        append('\n');
        blocks.push(block);
        i = j;
    }

    private static boolean isTokenEnd(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private void append(int b) {
        if (stmt.isEmpty()) {
            statementLine = in.lineAt(i);
        }
        stmt.append(b & 0xFF);
    }

    private void append(byte[] bytes) {
        for (byte b : bytes) {
            append(b);
        }
    }

    /** The end of the buffer: a last statement without {@code ;} is sent as it is. */
    private void end() {
        String sql = GoText.trimSpace(stmt.text());
        if (!sql.isEmpty()) {
            statements.accept(sql);
        }
        done = true;
    }

    /** Go's {@code close(statements); return}: the statement in progress and the rest of the file are dropped. */
    private void giveUp(String reason) {
        cutShort = new CutShort(stmt.isEmpty() ? in.lineAt(i) : statementLine, reason);
        done = true;
    }
}
