package org.milmove.flyway.manifest;

import java.util.List;

/**
 * What {@link ManifestFile#update} changed.
 *
 * @param added           file names that were not listed before
 * @param removed         listed names with no file (and malformed lines), now gone
 * @param droppedComments {@code #} lines that stood below the header, now gone (a sorted list has no place for them)
 * @param listed          how many files the manifest lists now
 * @param changed         whether the file was rewritten; false when it was already sorted, unique and complete
 */
public record ManifestUpdate(List<String> added, List<String> removed, List<String> droppedComments, int listed,
        boolean changed) {
}
