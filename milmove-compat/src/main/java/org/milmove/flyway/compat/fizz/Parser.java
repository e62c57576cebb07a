package org.milmove.flyway.compat.fizz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.milmove.flyway.compat.fizz.Token.Kind;

/**
 * Reads tokens into calls following the grammar of FIZZ.md section 3. Which names and arguments are valid is the
 * translator's concern.
 */
final class Parser {
    private final String source;
    private final List<Token> tokens;
    private int next;

    private Parser(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    static List<Call> parse(String source, List<Token> tokens) {
        return new Parser(source, tokens).file();
    }

    private List<Call> file() {
        List<Call> calls = new ArrayList<>();
        while (!at(Kind.END)) {
            if (!skip(Kind.SEMICOLON)) {
                calls.add(statement());
            }
        }
        return calls;
    }

    private Call statement() {
        Call call = call();
        if (!at(Kind.OPEN_BRACE)) {
            return call;
        }
        return new Call(call.name(), call.args(), Optional.of(block()), call.at());
    }

    private List<Call> block() {
        Token open = expect(Kind.OPEN_BRACE, "'{'");
        List<Call> body = new ArrayList<>();
        while (!skip(Kind.CLOSE_BRACE)) {
            if (at(Kind.END)) {
                throw error(peek(), "the { opened on line " + open.line() + " is never closed; add the closing }");
            }
            if (!skip(Kind.SEMICOLON)) {
                body.add(call());
            }
        }
        return body;
    }

    private Call call() {
        Token name = peek();
        if (name.kind() != Kind.NAME) {
            throw error(name, "expected a fizz command such as add_column(...), found " + name.describe()
                    + "; start each statement with a command name");
        }
        next++;
        expect(Kind.OPEN_PAREN, "'(' after " + name.text());
        List<Value> args = values(Kind.CLOSE_PAREN, "the arguments of " + name.text());
        return new Call(name.text(), args, Optional.empty(), new Location(source, name.line()));
    }

    /** A comma-separated list up to {@code close}; the opening token is already read. */
    private List<Value> values(Kind close, String what) {
        List<Value> values = new ArrayList<>();
        if (skip(close)) {
            return values;
        }
        while (true) {
            values.add(value());
            if (skip(close)) {
                return values;
            }
            expect(Kind.COMMA, "',' or '" + close.symbol + "' in " + what);
            if (at(close)) {
                throw error(peek(), "a trailing comma before '" + close.symbol + "' is not allowed (fizz refuses it);"
                        + " remove the comma");
            }
        }
    }

    private Value value() {
        Token token = peek();
        next++;
        return switch (token.kind()) {
            case STRING -> new Value.Text(token.text());
            case INTEGER -> new Value.Int(number(token));
            case BOOLEAN -> new Value.Bool(Boolean.parseBoolean(token.text()));
            case OPEN_BRACE -> map();
            case OPEN_BRACKET -> new Value.Array(values(Kind.CLOSE_BRACKET, "an array"));
            case NAME -> throw error(token, "expected a value, found the name " + token.text()
                    + "; write the value itself (strings in double quotes): fizz migrations here have no variables");
            default -> throw error(token, "expected a value (a \"string\", a whole number, true, false, a {map} or"
                    + " an [array]), found " + token.describe());
        };
    }

    private long number(Token token) {
        try {
            return Long.parseLong(token.text());
        } catch (NumberFormatException e) {
            throw error(token, "the number " + token.text() + " is too large; use at most " + Long.MAX_VALUE);
        }
    }

    /** A map after its '{': keys are names or strings, a trailing comma is allowed, a key may appear once. */
    private Value.Dict map() {
        Map<String, Value> entries = new LinkedHashMap<>();
        while (!skip(Kind.CLOSE_BRACE)) {
            Token key = peek();
            if (key.kind() != Kind.STRING && (key.kind() != Kind.NAME || key.text().contains("."))) {
                throw error(key, "expected a map key (a name or a \"string\") or '}', found " + key.describe()
                        + "; write keys such as null or \"default\"");
            }
            next++;
            expect(Kind.COLON, "':' after the key " + key.text());
            if (entries.containsKey(key.text())) {
                // Plush would keep one of the two depending on map iteration order.
                throw error(key, "the key \"" + key.text() + "\" appears twice in one map; keep one of them");
            }
            entries.put(key.text(), value());
            if (!skip(Kind.COMMA)) {
                expect(Kind.CLOSE_BRACE, "',' or '}' in a map");
                break;
            }
        }
        return new Value.Dict(entries);
    }

    private Token expect(Kind kind, String what) {
        Token token = peek();
        if (token.kind() != kind) {
            throw error(token, "expected " + what + ", found " + token.describe()
                    + "; check for a missing comma, quote or bracket before it");
        }
        next++;
        return token;
    }

    private boolean skip(Kind kind) {
        if (at(kind)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean at(Kind kind) {
        return peek().kind() == kind;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private FizzException error(Token token, String problem) {
        return new FizzException(source, token.line(), problem);
    }
}
