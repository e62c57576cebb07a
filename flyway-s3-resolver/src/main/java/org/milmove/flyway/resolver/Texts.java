package org.milmove.flyway.resolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.flywaydb.core.api.resource.LoadableResource;

/** Reading a migration file whole, and comparing two without holding either in memory. */
final class Texts {
    private Texts() {
    }

    /** The whole text of {@code resource}. */
    static String read(LoadableResource resource) {
        try (Reader reader = resource.read()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource.getAbsolutePath(), e);
        }
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
