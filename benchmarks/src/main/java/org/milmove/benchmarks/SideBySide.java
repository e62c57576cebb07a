package org.milmove.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Contenders timed round by round, each round running every contender once in turn, so that a noisy machine slows
 * them alike; each contender's figure is its median.
 */
final class SideBySide {
    /** Linux counts a process's CPU time in ticks of 1/100 s (USER_HZ), whatever the kernel's own tick. */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Runnable> contenders = new LinkedHashMap<>();

    /**
     * The medians of one contender: wall seconds, and CPU seconds (user + system) of the processes it started and
     * waited for, which a busy machine disturbs less than wall time (0 for a contender that runs in this JVM).
     */
    record Figures(double wall, double cpu) {
    }

    SideBySide add(String name, Runnable run) {
        contenders.put(name, run);
        return this;
    }

    /** The median wall seconds of each contender over {@code rounds} rounds, by name. */
    Map<String, Double> medians(int rounds) {
        Map<String, Double> medians = new LinkedHashMap<>();
        figures(rounds).forEach((name, figures) -> medians.put(name, figures.wall()));
        return medians;
    }

    /** The median wall and child CPU seconds of each contender over {@code rounds} rounds, by name. */
    Map<String, Figures> figures(int rounds) {
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        contenders.keySet().forEach(name -> {
            wall.put(name, new double[rounds]);
            cpu.put(name, new double[rounds]);
        });
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Runnable> contender : contenders.entrySet()) {
                double cpuBefore = childCpuSeconds();
                wall.get(contender.getKey())[round] = seconds(contender.getValue());
                cpu.get(contender.getKey())[round] = childCpuSeconds() - cpuBefore;
            }
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        contenders.keySet().forEach(name -> figures.put(name, new Figures(median(wall.get(name)), median(cpu.get(name)))));
        return figures;
    }

    static double seconds(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** "met" or "NOT met", for a figure whose goal is an upper bound. */
    static String verdict(double figure, double goal) {
        return figure <= goal ? "met" : "NOT met";
    }

    /** The load averages over 1, 5 and 15 minutes, as the kernel gives them ("?" where it does not). */
    static String loadAverages() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** User + system time of this JVM's children that have ended and been waited for (cutime, cstime). */
    private static double childCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: state is field 3.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3])) / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
