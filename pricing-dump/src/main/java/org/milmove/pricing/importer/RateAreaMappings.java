package org.milmove.pricing.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in zip3 and zip5 → rate area tables of the original importer, carried as data files. */
final class RateAreaMappings {
    /** The zip3 table's value for a zip3 that spans several rate areas (looked up by zip5 instead). */
    static final String MULTIPLE = "ZIP";

    private RateAreaMappings() {
    }

    static Map<String, String> zip3() {
        return load("zip3_to_rate_area.csv");
    }

    static Map<String, String> zip5() {
        return load("zip5_to_rate_area.csv");
    }

    private static Map<String, String> load(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = RateAreaMappings.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    String[] parts = line.split(",", 2);
                    map.put(parts[0].trim(), parts[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
