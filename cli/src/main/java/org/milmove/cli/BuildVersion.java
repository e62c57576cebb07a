package org.milmove.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the version and the git commit the build wrote into version.properties. */
final class BuildVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {describe(read())};
    }

    static String describe(Properties build) {
        String version = known(build.getProperty("version"));
        String commit = known(build.getProperty("commit"));
        return "milmove " + (version == null ? "(version unknown)" : version) + ", "
                + (commit == null ? "commit unknown (built outside a git checkout)"
                        : "commit " + commit + ("true".equals(build.getProperty("dirty")) ? " with uncommitted changes" : ""));
    }

    /** A value the build did not fill in stays a {@code ${...}} placeholder. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? null : value;
    }

    private static Properties read() {
        Properties build = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build;
    }
}
