package org.milmove.cli.migrate;

import java.nio.file.Path;

/** Migration sources as people read them: paths under the current directory relative to it. */
final class SourcePaths {
    private SourcePaths() {
    }

    static String display(String location) {
        if (location == null || location.isEmpty() || location.contains("://")) {
            return location == null ? "" : location;
        }
        Path here = Path.of("").toAbsolutePath();
        Path path = Path.of(location);
        return path.isAbsolute() && path.startsWith(here) ? here.relativize(path).toString() : location;
    }
}
