package org.milmove.flyway.manifest;

/** One listed migration file name and the manifest line it stands on (1-based). */
public record ManifestEntry(String fileName, int line) {
}
