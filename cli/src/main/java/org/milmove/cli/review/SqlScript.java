package org.milmove.cli.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a migration's SQL into statements with the line each starts on, so that each can be run and observed on its
 * own. It knows what PostgreSQL's own lexer needs to find the {@code ;} that ends a statement: quotes ({@code '…'},
 * {@code E'…'}, {@code "…"}), dollar quotes, {@code --} and nested {@code /* *}{@code /} comments, and the data of
 * {@code COPY … FROM stdin} up to {@code \.}.
 */
final class SqlScript {
    private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?is)^COPY\\s.*\\sFROM\\s+stdin\\b.*");

    private final String text;
    private final List<SqlStatement> statements = new ArrayList<>();
    private int position;
    private int line = 1;

    private SqlScript(String text) {
        this.text = text;
    }

    static List<SqlStatement> split(String text) {
        SqlScript script = new SqlScript(text);
        script.run();
        return List.copyOf(script.statements);
    }

    private void run() {
        int start = -1;
        int startLine = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '-' && next(1) == '-') {
                skipLineComment();
            } else if (c == '/' && next(1) == '*') {
                skipBlockComment();
            } else if (c == ';') {
                String sql = start < 0 ? null : text.substring(start, position).strip();
                advance();
                if (sql != null) {
                    finish(sql, startLine);
                    start = -1;
                }
            } else {
                if (start < 0 && !Character.isWhitespace(c)) {
                    start = position;
                    startLine = line;
                }
                skipToken(c);
            }
        }
        if (start >= 0) {
            String rest = text.substring(start).strip();
            if (!rest.isEmpty()) {
                statements.add(new SqlStatement(startLine, rest, null));
            }
        }
    }

    private void finish(String sql, int startLine) {
        if (!COPY_FROM_STDIN.matcher(sql).matches()) {
            statements.add(new SqlStatement(startLine, sql, null));
            return;
        }
        // The data starts on the line after the statement and ends at a line that is exactly \.
        skipPast('\n');
        StringBuilder data = new StringBuilder();
        while (position < text.length()) {
            int end = text.indexOf('\n', position);
            String row = text.substring(position, end < 0 ? text.length() : end);
            position = end < 0 ? text.length() : end + 1;
            line++;
            if (row.stripTrailing().equals("\\.")) {
                break;
            }
            data.append(row).append('\n');
        }
        statements.add(new SqlStatement(startLine, sql, data.toString()));
    }

    /** Moves past one token that cannot hold a statement's end: a quoted text, a dollar-quoted body or one character. */
    private void skipToken(char c) {
        if (c == '\'') {
            boolean escapes = position > 0 && (text.charAt(position - 1) == 'E' || text.charAt(position - 1) == 'e')
                    && (position < 2 || !isIdentifierPart(text.charAt(position - 2)));
            skipQuoted('\'', escapes);
        } else if (c == '"') {
            skipQuoted('"', false);
        } else if (c == '$' && (position == 0 || !isIdentifierPart(text.charAt(position - 1)))) {
            String tag = dollarTag();
            if (tag == null) {
                advance();
            } else {
                position += tag.length();
                int end = text.indexOf(tag, position);
                skipTo(end < 0 ? text.length() : end + tag.length());
            }
        } else {
            advance();
        }
    }

    /** {@code $tag$} or {@code $$} at the current position, or null ({@code $1} is a parameter, not a quote). */
    private String dollarTag() {
        int i = position + 1;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_'
                || (i > position + 1 && Character.isDigit(text.charAt(i))))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '$' ? text.substring(position, i + 1) : null;
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        advance();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (backslashEscapes && c == '\\') {
                advance();
                advance();
            } else if (c == quote) {
                advance();
                if (next(0) != quote) {
                    return;
                }
                advance();
            } else {
                advance();
            }
        }
    }

    private void skipLineComment() {
        int end = text.indexOf('\n', position);
        skipTo(end < 0 ? text.length() : end);
    }

    private void skipBlockComment() {
        int depth = 0;
        while (position < text.length()) {
            if (next(0) == '/' && next(1) == '*') {
                depth++;
                skipTo(position + 2);
            } else if (next(0) == '*' && next(1) == '/') {
                depth--;
                skipTo(position + 2);
                if (depth == 0) {
                    return;
                }
            } else {
                advance();
            }
        }
    }

    private void skipPast(char c) {
        int end = text.indexOf(c, position);
        skipTo(end < 0 ? text.length() : end + 1);
    }

    private void skipTo(int end) {
        while (position < end) {
            advance();
        }
    }

    private void advance() {
        if (position < text.length() && text.charAt(position) == '\n') {
            line++;
        }
        position++;
    }

    private char next(int offset) {
        int i = position + offset;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
