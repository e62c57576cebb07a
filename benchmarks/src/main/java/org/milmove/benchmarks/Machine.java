package org.milmove.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What Linux says about this machine's load and a process's CPU time, which a busy machine disturbs less than wall time. */
final class Machine {
    /** Linux counts CPU time in ticks of 1/100 s (USER_HZ), whatever the kernel's own tick. */
    private static final double TICKS_PER_SECOND = 100;

    /**
     * CPU seconds (user + system) of a process and of its children that have ended and been waited for.
     */
    record Cpu(double own, double children) {
    }

    private Machine() {
    }

    /** The load averages over 1, 5 and 15 minutes ("?" where the kernel does not give them). */
    static String loadAverages() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static Cpu cpu(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The fields after the command name, which is in parentheses and may hold spaces, from field 3 (state).
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new Cpu(seconds(f, 14, 15), seconds(f, 16, 17));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Cpu cpuOfThisProcess() {
        return cpu(ProcessHandle.current().pid());
    }

    /** @param user and {@code system}: field numbers as proc(5) gives them, from 1 */
    private static double seconds(String[] fieldsFromState, int user, int system) {
        return (Long.parseLong(fieldsFromState[user - 3]) + Long.parseLong(fieldsFromState[system - 3])) / TICKS_PER_SECOND;
    }
}
