package org.milmove.pricing.dump;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.milmove.pricing.dump.Catalog.TableInfo;

/** Sorts tables so that every table comes after the tables its foreign keys reference (parents first). */
final class LoadOrder {
    private LoadOrder() {
    }

    /**
     * Kahn's algorithm with ties broken by name, so the order is the same on every run. References to tables
     * outside {@code tables} do not constrain the order. Tables on a reference cycle come last, by name.
     */
    static List<TableInfo> sort(List<TableInfo> tables) {
        Map<String, TableInfo> byName = new TreeMap<>();
        tables.forEach(t -> byName.put(t.name().sql(), t));
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (TableInfo t : tables) {
            List<String> parents = t.parents().stream().filter(byName::containsKey).toList();
            waitingFor.put(t.name().sql(), parents.size());
            parents.forEach(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(t.name().sql()));
        }
        TreeSet<String> ready = new TreeSet<>();
        waitingFor.forEach((name, n) -> {
            if (n == 0) {
                ready.add(name);
            }
        });
        List<TableInfo> sorted = new ArrayList<>();
        while (!ready.isEmpty()) {
            String next = ready.pollFirst();
            sorted.add(byName.get(next));
            for (String child : children.getOrDefault(next, List.of())) {
                if (waitingFor.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        byName.values().stream().filter(t -> !sorted.contains(t)).forEach(sorted::add);
        return sorted;
    }
}
