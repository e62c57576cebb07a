package org.milmove.pricing;

import java.util.Optional;

/** Where two texts first differ, as one readable line; a failing test on megabytes then prints that line only. */
public final class FirstDifference {
    private FirstDifference() {
    }

    public static Optional<String> of(String actual, String expected) {
        String[] a = actual.split("\n", -1);
        String[] e = expected.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, e.length); i++) {
            String got = i < a.length ? a[i] : "<end>";
            String want = i < e.length ? e[i] : "<end>";
            if (!got.equals(want)) {
                return Optional.of("line " + (i + 1) + ": \"" + got + "\" instead of \"" + want + "\"");
            }
        }
        return Optional.empty();
    }
}
