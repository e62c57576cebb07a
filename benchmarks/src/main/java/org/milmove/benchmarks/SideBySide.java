package org.milmove.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Contenders timed round by round, each round running every contender once in turn, so that a noisy machine slows
 * them alike; each contender's figure is its median. A contender's preparation (a new database, say) is not timed.
 */
final class SideBySide {
    private final Map<String, Runnable> preparations = new LinkedHashMap<>();
    private final Map<String, Runnable> contenders = new LinkedHashMap<>();

    SideBySide add(String name, Runnable run) {
        return add(name, () -> { }, run);
    }

    /** @param prepare run before each timed run of {@code run}, outside the timing */
    SideBySide add(String name, Runnable prepare, Runnable run) {
        preparations.put(name, prepare);
        contenders.put(name, run);
        return this;
    }

    /** The median seconds of each contender over {@code rounds} rounds, by name. */
    Map<String, Double> medians(int rounds) {
        Map<String, Double> medians = new LinkedHashMap<>();
        figures(rounds).forEach((name, figure) -> medians.put(name, figure.wall()));
        return medians;
    }

    /**
     * The median wall seconds of each contender over {@code rounds} rounds, and the median CPU seconds (user + sys) of
     * the processes it started and waited for, by name.
     */
    Map<String, Figure> figures(int rounds) {
        Map<String, double[]> walls = new LinkedHashMap<>();
        Map<String, double[]> cpus = new LinkedHashMap<>();
        contenders.keySet().forEach(name -> {
            walls.put(name, new double[rounds]);
            cpus.put(name, new double[rounds]);
        });
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Runnable> contender : contenders.entrySet()) {
                preparations.get(contender.getKey()).run();
                double cpu = Machine.cpuOfThisProcess().children();
                walls.get(contender.getKey())[round] = seconds(contender.getValue());
                cpus.get(contender.getKey())[round] = Machine.cpuOfThisProcess().children() - cpu;
            }
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        walls.forEach((name, seconds) -> figures.put(name, new Figure(median(seconds), median(cpus.get(name)))));
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Median wall and CPU seconds of one contender. */
    record Figure(double wall, double cpu) {
        @Override
        public String toString() {
            return String.format("%6.2f s  (CPU %6.2f s)", wall, cpu);
        }
    }
}
