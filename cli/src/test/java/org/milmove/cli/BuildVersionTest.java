package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The version line from what the build wrote; a build outside git leaves the commit empty. */
class BuildVersionTest {
    @Test
    void namesTheVersionAndTheCommit() {
        assertThat(BuildVersion.describe(build("0.2.0", "3a866576f8e5", "false"))).isEqualTo("milmove 0.2.0, commit 3a866576f8e5");
        assertThat(BuildVersion.describe(build("0.2.0", "3a866576f8e5", "true")))
                .isEqualTo("milmove 0.2.0, commit 3a866576f8e5 with uncommitted changes");
    }

    @Test
    void saysWhatItDoesNotKnow() {
        assertThat(BuildVersion.describe(build("0.2.0", "", "false")))
                .isEqualTo("milmove 0.2.0, commit unknown (built outside a git checkout)");
        assertThat(BuildVersion.describe(build("${project.version}", "${git.commit}", "${git.dirty}")))
                .isEqualTo("milmove (version unknown), commit unknown (built outside a git checkout)");
        assertThat(BuildVersion.describe(new Properties())).isEqualTo("milmove (version unknown), commit unknown (built outside a git checkout)");
    }

    private static Properties build(String version, String commit, String dirty) {
        Properties build = new Properties();
        build.setProperty("version", version);
        build.setProperty("commit", commit);
        build.setProperty("dirty", dirty);
        return build;
    }
}
