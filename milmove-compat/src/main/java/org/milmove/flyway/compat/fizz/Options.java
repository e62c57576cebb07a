package org.milmove.flyway.compat.fizz;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The options map of a call, such as {@code {"null": true, "default": "x"}}. Fizz tests most options for presence
 * only; the typed getters refuse a value of the wrong kind instead of printing what fizz would.
 */
final class Options {
    private final Map<String, Value> entries;
    private final Call call;

    Options(Map<String, Value> entries, Call call) {
        this.entries = entries;
        this.call = call;
    }

    static Options none(Call call) {
        return new Options(Map.of(), call);
    }

    /** Whether the key is there, whatever its value: {@code {"null": false}} has {@code null}. */
    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<String> text(String key) {
        Value value = entries.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Value.Text text) {
            return Optional.of(text.text());
        }
        throw wrongKind(key, value, "a \"string\"", "write it in double quotes");
    }

    /** True only for the boolean {@code true}; a missing key is false. */
    boolean flag(String key) {
        Value value = entries.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Value.Bool bool) {
            return bool.flag();
        }
        throw wrongKind(key, value, "true or false", "write true or false without quotes");
    }

    OptionalLong integer(String key) {
        Value value = entries.get(key);
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value instanceof Value.Int number) {
            return OptionalLong.of(number.number());
        }
        throw wrongKind(key, value, "a whole number", "write the number without quotes");
    }

    /** The {@code default} option as the text fizz puts between single quotes. */
    Optional<String> defaultValue() {
        Value value = entries.get("default");
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Value.Text text) {
            return Optional.of(text.text());
        }
        if (value instanceof Value.Int number) {
            return Optional.of(Long.toString(number.number()));
        }
        if (value instanceof Value.Bool bool) {
            return Optional.of(Boolean.toString(bool.flag()));
        }
        throw wrongKind("default", value, "a \"string\", a whole number, true or false",
                "for an SQL expression use \"default_raw\"");
    }

    private FizzException wrongKind(String key, Value value, String expected, String advice) {
        return call.at().error("the option \"" + key + "\" of " + call.name() + " must be " + expected + ", got "
                + value.describe() + "; " + advice);
    }
}
