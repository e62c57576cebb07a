package org.milmove.cli;

/** What a milmove run printed and returned. */
public record CliResult(int exitCode, String out, String err) {

    public String all() {
        return out + err;
    }
}
