package org.milmove.flyway.compat.fizz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.milmove.flyway.compat.fizz.Token.Kind;

/**
 * Splits fizz text into tokens (FIZZ.md section 2). It refuses what plush mis-reads ({@code #} comments, a byte
 * order mark) and the plush features MilMove's migrations never use (templates, statements, operators).
 */
final class Lexer {
    private static final Set<String> PLUSH_KEYWORDS =
            Set.of("let", "if", "else", "for", "fn", "func", "return", "in", "break", "continue");
    private static final String OPERATORS = "+-*/=!<>&|";

    private final String source;
    private final String text;
    private int pos;
    private int line = 1;

    private Lexer(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** All tokens of {@code text}, ending with one {@link Kind#END}. */
    static List<Token> tokens(String source, String text) {
        return new Lexer(source, text).all();
    }

    private List<Token> all() {
        if (text.startsWith("\uFEFF")) {
            throw error("the file starts with a UTF-8 byte order mark, which fizz cannot read;"
                    + " save it as UTF-8 without BOM");
        }
        List<Token> tokens = new ArrayList<>();
        while (skipWhitespace()) {
            tokens.add(next());
        }
        tokens.add(new Token(Kind.END, "", line));
        return tokens;
    }

    /** Skips spaces, tabs, CR and LF; false at the end of the text. */
    private boolean skipWhitespace() {
        for (; pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    private Token next() {
        char c = text.charAt(pos);
        if (c == '"') {
            return string();
        }
        if (isDigit(c)) {
            return integer();
        }
        if (isNameStart(c)) {
            return name();
        }
        var punctuation = Kind.punctuation(c);
        if (punctuation.isPresent()) {
            pos++;
            return new Token(punctuation.get(), String.valueOf(c), line);
        }
        throw refused(text.codePointAt(pos));
    }

    private Token string() {
        int startLine = line;
        StringBuilder value = new StringBuilder();
        for (pos++; pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return new Token(Kind.STRING, value.toString(), startLine);
            }
            // \" is the only escape; every other backslash stays, as in plush.
            if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                c = '"';
                pos++;
            } else if (c == '\n') {
                line++;
            }
            value.append(c);
        }
        throw new FizzException(source, startLine,
                "unterminated string: the \" opened here is never closed; add the closing \"");
    }

    private Token integer() {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
            String number = text.substring(start, pos + 2);
            throw error("decimal numbers such as " + number + " are not supported; write the value as a string, \""
                    + number + "\"");
        }
        return new Token(Kind.INTEGER, text.substring(start, pos), line);
    }

    private Token name() {
        String name = identifier();
        // t.Column and the other create_table methods are the only dotted names.
        if (pos + 1 < text.length() && text.charAt(pos) == '.' && isNameStart(text.charAt(pos + 1))) {
            pos++;
            name = name + "." + identifier();
        }
        if (PLUSH_KEYWORDS.contains(name)) {
            throw error("'" + name + "' is not supported: MilMove's fizz migrations use no plush statements"
                    + " (let, if, for, ...); write the commands out with literal values");
        }
        if (name.equals("nil")) {
            throw error("nil is not supported; leave the option out of the map instead");
        }
        boolean bool = name.equals("true") || name.equals("false");
        return new Token(bool ? Kind.BOOLEAN : Kind.NAME, name, line);
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (isNameStart(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private FizzException refused(int c) {
        char after = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        if (c == '#') {
            return error("'#' comments are not supported: plush mis-reads the code after them, so MilMove's runner"
                    + " failed on such files; delete the comment");
        }
        if ((c == '<' && after == '%') || (c == '%' && after == '>')) {
            return error("plush template tags (<% %>) are not supported: fizz silently runs nothing for a file with"
                    + " <%# %>; delete the tag");
        }
        if (c == '\'' || c == '`') {
            return error("strings in " + (char) c + " quotes are not supported; use double quotes: \"...\"");
        }
        if (OPERATORS.indexOf(c) >= 0) {
            return error("the operator " + (char) c + " is not supported: fizz migrations here hold only commands with"
                    + " literal values; write the value itself");
        }
        if (c == '.') {
            return error("unexpected '.': only the create_table methods such as t.Column have a dot, and names"
                    + " cannot be schema-qualified; remove the dot");
        }
        return error("unexpected character " + shown(c) + "; remove it (fizz commands use only names, \"strings\","
                + " whole numbers, true, false and the punctuation ( ) { } [ ] , : ;)");
    }

    /** The code point, and the character itself where it is visible. */
    private static String shown(int c) {
        String code = String.format("U+%04X", c);
        int type = Character.getType(c);
        boolean invisible = Character.isISOControl(c) || Character.isSpaceChar(c) || Character.isWhitespace(c)
                || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED;
        return invisible ? code : "'" + Character.toString(c) + "' (" + code + ")";
    }

    private FizzException error(String problem) {
        return new FizzException(source, line, problem);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
