package org.milmove.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        description = {
            "Print a script that completes milmove's commands, options and option values",
            "(picocli's generator). zsh runs the same bash script through bashcompinit,",
            "which the script loads itself."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(bin/milmove completion bash)   # in ~/.bashrc",
            "  source <(bin/milmove completion zsh)    # in ~/.zshrc"})
public final class CompletionCommand implements Runnable {
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        out.flush();
    }
}
