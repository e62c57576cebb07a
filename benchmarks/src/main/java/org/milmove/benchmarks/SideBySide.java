package org.milmove.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Contenders timed round by round, each round running every contender once in turn, so that a noisy machine slows
 * them alike; each contender's figure is its median.
 */
final class SideBySide {
    private final Map<String, Runnable> contenders = new LinkedHashMap<>();

    SideBySide add(String name, Runnable run) {
        contenders.put(name, run);
        return this;
    }

    /** The median seconds of each contender over {@code rounds} rounds, by name. */
    Map<String, Double> medians(int rounds) {
        Map<String, double[]> times = new LinkedHashMap<>();
        contenders.keySet().forEach(name -> times.put(name, new double[rounds]));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Runnable> contender : contenders.entrySet()) {
                times.get(contender.getKey())[round] = seconds(contender.getValue());
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((name, seconds) -> {
            Arrays.sort(seconds);
            medians.put(name, seconds[rounds / 2]);
        });
        return medians;
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
}
