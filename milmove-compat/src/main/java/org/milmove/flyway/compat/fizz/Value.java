package org.milmove.flyway.compat.fizz;

import java.util.List;
import java.util.Map;

/** A literal argument of a fizz call. */
sealed interface Value {

    /** How an error message shows this value. */
    String describe();

    record Text(String text) implements Value {
        @Override
        public String describe() {
            return "the string " + quoted(text);
        }
    }

    record Int(long number) implements Value {
        @Override
        public String describe() {
            return "the number " + number;
        }
    }

    record Bool(boolean flag) implements Value {
        @Override
        public String describe() {
            return "the boolean " + flag;
        }
    }

    /** A {@code {key: value}} map, keys in the order written. */
    record Dict(Map<String, Value> entries) implements Value {
        @Override
        public String describe() {
            return "a map with " + entries.size() + (entries.size() == 1 ? " entry" : " entries");
        }
    }

    record Array(List<Value> items) implements Value {
        @Override
        public String describe() {
            return items.isEmpty() ? "an empty array" : "an array";
        }
    }

    /** {@code text} in double quotes, shortened so that a long sql() text does not flood a message. */
    static String quoted(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "\"";
    }
}
