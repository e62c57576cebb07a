package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.Programs;

/** The script {@code milmove completion} prints, sourced by a real bash (and zsh, where installed). */
class CompletionJarIT {
    @TempDir
    Path dir;
    private Path script;

    @BeforeEach
    void writeScript() throws Exception {
        CliResult result = new MilmoveProcess(dir, Map.of()).run("completion", "bash");
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).isEmpty();
        script = Files.writeString(dir.resolve("milmove-completion"), result.out());
    }

    @Test
    void bashCompletesCommandsSubcommandsOptionsAndValues() throws Exception {
        CliResult bash = shell("bash", """
                source "$1"
                complete -p milmove
                probe() {
                  COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
                  _complete_milmove milmove "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}" 2>/dev/null
                  echo "[$*] ${COMPREPLY[*]}"
                }
                probe milmove ''
                probe milmove mi
                probe milmove db ''
                probe milmove migrate --db-h
                probe milmove gen migration --sch
                probe milmove completion ''
                """);

        assertThat(bash.exitCode()).as(bash.all()).isZero();
        assertThat(bash.out().lines()).contains(
                "complete -o default -F _complete_milmove milmove",
                "[milmove ] migrate info validate repair db gen manifest pricing secure-migration fizz review completion help",
                "[milmove mi] migrate",
                "[milmove db ] start stop reset status adopt",
                "[milmove migrate --db-h] --db-host",
                "[milmove gen migration --sch] --schema-dir",
                "[milmove completion ] bash zsh");
    }

    @Test
    void zshLoadsTheSameScriptThroughBashcompinit() throws Exception {
        assumeThat(Programs.find("zsh")).as("zsh is not installed; .ci/run installs it").isPresent();
        Files.createDirectories(dir.resolve("home"));

        // bashcompinit runs bash functions with ksharrays (zero-based arrays); zsh's own matcher filters by prefix.
        CliResult zsh = shell("zsh", """
                source "$1"
                print -r -- "registered: $_comps[milmove]"
                setopt ksharrays
                probe() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _complete_milmove milmove; echo "[$*] ${COMPREPLY[*]}"; }
                probe milmove db ''
                probe milmove migrate --db-h
                """, "-f");

        assertThat(zsh.exitCode()).as(zsh.all()).isZero();
        assertThat(zsh.out().lines()).contains("registered: _bash_complete -F _complete_milmove -o default", "[milmove db ] start stop reset status adopt");
        assertThat(zsh.out()).containsPattern("\\[milmove migrate --db-h] .*--db-host ");
    }

    private CliResult shell(String shell, String commands, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(shell));
        command.addAll(List.of(options));
        command.addAll(List.of("-c", commands, shell, script.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        // zsh's compinit writes its dump into HOME: keep it in the test's folder.
        builder.environment().put("HOME", dir.resolve("home").toString());
        return MilmoveProcess.finish(builder.start());
    }
}
