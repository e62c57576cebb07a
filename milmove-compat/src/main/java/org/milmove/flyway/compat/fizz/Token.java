package org.milmove.flyway.compat.fizz;

import java.util.Arrays;
import java.util.Optional;

/** One lexical unit of a fizz file; {@code text} is a string's decoded value or the token as written. */
record Token(Kind kind, String text, int line) {

    enum Kind {
        NAME(null), STRING(null), INTEGER(null), BOOLEAN(null),
        OPEN_PAREN("("), CLOSE_PAREN(")"), OPEN_BRACE("{"), CLOSE_BRACE("}"), OPEN_BRACKET("["), CLOSE_BRACKET("]"),
        COMMA(","), COLON(":"), SEMICOLON(";"),
        END(null);

        final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        static Optional<Kind> punctuation(char c) {
            return Arrays.stream(values()).filter(k -> k.symbol != null && k.symbol.charAt(0) == c).findFirst();
        }
    }

    /** How an error message shows this token. */
    String describe() {
        return switch (kind) {
            case NAME -> "the name " + text;
            case STRING -> "the string " + Value.quoted(text);
            case INTEGER -> "the number " + text;
            case BOOLEAN -> text;
            case END -> "the end of the file";
            default -> "'" + text + "'";
        };
    }
}
