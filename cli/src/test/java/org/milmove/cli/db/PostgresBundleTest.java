package org.milmove.cli.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.milmove.cli.UserException;

class PostgresBundleTest {
    @ParameterizedTest(name = "{0}/{1} runs {2}")
    @CsvSource({
        "Linux,    amd64,   postgres-linux-x86_64.txz",
        "Linux,    x86_64,  postgres-linux-x86_64.txz",
        "Linux,    aarch64, postgres-linux-arm_64.txz",
        "Mac OS X, x86_64,  postgres-darwin-x86_64.txz",
        "Mac OS X, aarch64, postgres-darwin-x86_64.txz"})
    void eachPlatformOfTheJarRunsItsBundle(String osName, String osArch, String resource) {
        assertThat(PostgresBundle.forPlatform(osName, osArch, false).resource()).isEqualTo(resource);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"Windows 11, amd64", "Linux, ppc64le", "Linux, arm", "FreeBSD, amd64", "SunOS, sparcv9"})
    void everyOtherPlatformIsToldToBringAServer(String osName, String osArch) {
        assertThatThrownBy(() -> PostgresBundle.forPlatform(osName, osArch, false))
                .isInstanceOf(UserException.class)
                .hasMessage("PostgreSQL 15 binaries are not shipped for " + osName + "/" + osArch + ", only for Linux"
                        + " (x86-64, arm64) and macOS (Intel, Apple silicon): run a PostgreSQL server yourself and pass"
                        + " --db-host (with --db-port, --db-name, --db-user, --db-password) to milmove's commands");
    }

    @Test
    void alpinesMuslCannotRunTheLinuxBundles() {
        assertThatThrownBy(() -> PostgresBundle.forPlatform("Linux", "amd64", true))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("PostgreSQL 15 binaries are not shipped for Linux (Alpine)/amd64, only for ");
    }

    /** The jar carries one macOS bundle for both kinds of Mac; that is right only while zonky builds them alike. */
    @Test
    void theMacBundleHoldsTheSameBytesAsZonkysAppleSiliconBundle() throws Exception {
        assertThat(sha256("/postgres-darwin-x86_64.txz"))
                .as("zonky's darwin-arm64v8 bundle now differs from darwin-amd64: the jar must carry both (cli/pom.xml,"
                        + " PostgresBundle)")
                .isEqualTo(sha256("/postgres-darwin-arm_64.txz"));
    }

    private static String sha256(String resource) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = PostgresBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath (test-support brings all four artifacts)").isNotNull();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
