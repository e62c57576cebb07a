package org.milmove.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Input quoted back in a message, cut to a readable length: a 1,000,000-character line is shown by its start and its
 * length, never whole. (The libraries share no code, so each keeps its own copy of this rule.)
 */
public final class Quoted {
    static final int SHOWN = 60;
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'([^'\\n]{" + (SHOWN + 1) + ",})'");

    private Quoted() {
    }

    /** {@code text} in double quotes, cut. */
    public static String of(String text) {
        return "\"" + cut(text) + "\"";
    }

    /** {@code text} as it is if it is short, else its start and its length. */
    public static String cut(String text) {
        return text.length() <= SHOWN ? text
                : text.substring(0, SHOWN) + String.format(Locale.ROOT, "… (%,d characters)", text.length());
    }

    /** Every single-quoted value in a message written by someone else (picocli), cut. */
    static String cutWithin(String message) {
        Matcher m = SINGLE_QUOTED.matcher(message);
        StringBuilder cut = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(cut, Matcher.quoteReplacement("'" + cut(m.group(1)) + "'"));
        }
        return m.appendTail(cut).toString();
    }
}
