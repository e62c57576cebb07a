package org.milmove.flyway.manifest;

import java.util.Locale;

/**
 * Manifest text quoted back in a message, cut to a readable length: a 1,000,000-character line is shown by its start
 * and its length, never whole. (The libraries share no code, so each keeps its own copy of this rule.)
 */
final class Quoted {
    private static final int SHOWN = 60;

    private Quoted() {
    }

    /** {@code text} as it is if it is short, else its start and its length. */
    static String cut(String text) {
        return text.length() <= SHOWN ? text
                : text.substring(0, SHOWN) + String.format(Locale.ROOT, "… (%,d characters)", text.length());
    }
}
