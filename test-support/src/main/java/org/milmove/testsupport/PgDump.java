package org.milmove.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * The pg_dump that the pg_dump engine's tests run. The build cannot provide it (the embedded server's binaries have no
 * pg_dump), so it comes from the machine: CI installs Debian's postgresql-client-15, a machine with only a JDK and
 * Maven skips those tests and says why.
 */
public final class PgDump {
    private static final String MISSING = "pg_dump not on the PATH: install postgresql-client-15 to run the tests of the pg_dump engine";
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private PgDump() {
    }

    /** Skips the calling test, with the reason, when there is no pg_dump on the PATH. */
    public static void assumeOnPath() {
        boolean found = onPath(System.getenv("PATH"));
        // Surefire counts skipped tests but prints no reason: say it once on the console.
        if (!found && WARNED.compareAndSet(false, true)) {
            LoggerFactory.getLogger(PgDump.class).warn(MISSING + "; they are skipped");
        }
        assumeTrue(found, MISSING);
    }

    static boolean onPath(String pathVariable) {
        return Programs.find("pg_dump", pathVariable).isPresent();
    }
}
