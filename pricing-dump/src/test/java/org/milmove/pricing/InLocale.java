package org.milmove.pricing;

import java.util.Locale;
import java.util.concurrent.Callable;

/** Runs code with another default locale (every category), restoring the JVM's afterwards. */
public final class InLocale {
    private InLocale() {
    }

    public static <T> T run(Locale locale, Callable<T> work) throws Exception {
        Locale before = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(locale);
        try {
            return work.call();
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
