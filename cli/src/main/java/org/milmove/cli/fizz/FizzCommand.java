package org.milmove.cli.fizz;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "fizz",
        description = "MilMove's legacy fizz migrations (.up.fizz): the SQL that MilMove runs for them.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove fizz translate 20180103215841_create_issues.up.fizz",
            "  bin/milmove fizz translate --output-dir tmp/fizz schema/*.up.fizz"},
        subcommands = {FizzTranslateCommand.class})
public final class FizzCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: translate");
    }
}
