package org.milmove.flyway.resolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.flywaydb.core.api.resource.LoadableResource;

/** Comparing migration files without holding either in memory. */
final class Texts {
    private Texts() {
    }

    static boolean sameContent(LoadableResource a, LoadableResource b) {
        try (Reader left = new BufferedReader(a.read()); Reader right = new BufferedReader(b.read())) {
            int c;
            do {
                c = left.read();
                if (c != right.read()) {
                    return false;
                }
            } while (c >= 0);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not compare " + a.getAbsolutePath() + " and " + b.getAbsolutePath(), e);
        }
    }
}
