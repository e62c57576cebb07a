package org.milmove.flyway.manifest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.milmove.flyway.manifest.ManifestScan.LineProblem;

/** Changes and checks a manifest file against the migration folders it lists. */
public final class ManifestFile {
    private ManifestFile() {
    }

    /**
     * Adds {@code fileName} as the last line of {@code manifest}; the header and every existing line are kept. The
     * manifest is replaced whole, never appended to in place, so a full disk cannot leave half a line.
     *
     * @throws ManifestException if the name is not a SQL migration file name, is already listed, the manifest itself has
     *                           problems, or it cannot be written (it is unchanged then)
     */
    public static void append(Path manifest, String fileName) {
        if (!MigrationName.isSql(fileName)) {
            throw new ManifestException("Cannot add \"" + Quoted.cut(fileName) + "\" to " + manifest + ":",
                    List.of("not a migration file name; expected <timestamp>_<name>" + MigrationName.SUFFIX),
                    "Use a name such as 20250101120000_add_pricing.up.sql.");
        }
        String text = Manifest.readText(manifest);
        Manifest existing = Manifest.parse(manifest.toString(), text);
        existing.entry(fileName).ifPresent(entry -> {
            throw new ManifestException("Cannot add " + fileName + " to " + manifest + ":",
                    List.of("it is already listed on line " + entry.line()),
                    "Choose another name (a new timestamp) or leave the manifest as it is.");
        });
        String separator = text.isEmpty() || text.endsWith("\n") ? "" : System.lineSeparator();
        replace(manifest, text + separator + fileName + System.lineSeparator());
    }

    /**
     * Rewrites {@code manifest} to list every migration file of {@code folders}: the comment block at the top kept as
     * it is, then the file names sorted and unique. Leaves the file untouched when nothing would change.
     *
     * @throws ManifestException if the manifest or a folder does not exist, or the manifest cannot be written (it is
     *                           unchanged then)
     */
    public static ManifestUpdate update(Path manifest, List<Path> folders) {
        String text = Manifest.readText(manifest);
        ManifestScan scan = ManifestScan.of(text);
        List<String> names = MigrationFiles.in(folders).names();
        Set<String> present = Set.copyOf(names);
        List<String> added = names.stream().filter(name -> !scan.entries().containsKey(name)).toList();
        List<String> removed = scan.listings().stream().map(ManifestLine::text).distinct()
                .filter(name -> !present.contains(name)).toList();
        List<String> dropped = scan.comments().stream().map(ManifestLine::raw).toList();
        String separator = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder updated = new StringBuilder();
        Stream.concat(scan.header().stream(), names.stream()).forEach(line -> updated.append(line).append(separator));
        boolean changed = !updated.toString().equals(text);
        if (changed) {
            replace(manifest, updated.toString());
        }
        return new ManifestUpdate(added, removed, dropped, names.size(), changed);
    }

    /**
     * Replaces the manifest's text in one step: written to a temporary file beside it (with its permissions), synced,
     * then renamed over it. A reader, a crash or a full disk sees the old manifest or the new one, never half a line.
     * A symbolic link is followed, so that it stays a link.
     */
    private static void replace(Path manifest, String text) {
        Path temporary = null;
        try {
            Path file = manifest.toRealPath();
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(file.getParent());
        } catch (IOException e) {
            throw new ManifestException("Could not write manifest " + manifest + ":", List.of(reason(e)),
                    "It is unchanged. Make sure its folder can be written and has space, then run again.");
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Makes the rename durable; a platform that cannot open a folder (Windows) skips this. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // The file itself is synced; only the rename may be lost in a crash on such a platform.
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // A leftover is hidden and ends in .tmp; the write's own error is the one to report.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
    }

    /**
     * Everything that keeps {@code manifest} from listing exactly the migration files of {@code folders}, in order,
     * once each; one message per problem: malformed and duplicate lines, lines out of order, listed names with no file (each with its line
     * number), then files that are not listed, found in two folders, or named so that they can never run.
     * Empty when the manifest is in order. {@link #update} fixes all but the misnamed files.
     *
     * @throws ManifestException if the manifest or a folder does not exist
     */
    public static List<String> check(Path manifest, List<Path> folders) {
        ManifestScan scan = ManifestScan.of(Manifest.readText(manifest));
        MigrationFiles files = MigrationFiles.in(folders);
        List<LineProblem> lineProblems = new ArrayList<>(scan.problems());
        lineProblems.addAll(outOfOrder(scan));
        lineProblems.addAll(missing(scan, files, folders));
        lineProblems.sort(Comparator.comparingInt(LineProblem::line));
        List<String> problems = new ArrayList<>(lineProblems.stream().map(LineProblem::message).toList());
        problems.addAll(unlisted(scan, files));
        problems.addAll(inTwoFolders(files));
        files.misnamed().forEach(file -> problems.add(file + " is not a migration file name and can never run;"
                + " expected " + MigrationName.EXPECTED));
        return problems;
    }

    private static List<LineProblem> outOfOrder(ManifestScan scan) {
        List<LineProblem> problems = new ArrayList<>();
        ManifestLine above = null;
        for (ManifestLine line : scan.listings()) {
            if (!MigrationName.isValid(line.text())) {
                continue;
            }
            if (above != null && MigrationFiles.ORDER.compare(line.text(), above.text()) < 0) {
                problems.add(LineProblem.at(line.number(), Quoted.cut(line.text())
                        + " is out of order: it sorts before " + Quoted.cut(above.text()) + " on line " + above.number()));
            }
            above = line;
        }
        return problems;
    }

    private static List<LineProblem> missing(ManifestScan scan, MigrationFiles files, List<Path> folders) {
        Set<String> present = Set.copyOf(files.names());
        String where = folders.stream().map(Path::toString).collect(Collectors.joining(" or "));
        return scan.entries().values().stream()
                .filter(entry -> !present.contains(entry.fileName()))
                .map(entry -> LineProblem.at(entry.line(), Quoted.cut(entry.fileName())
                        + " is listed but is not in " + where))
                .toList();
    }

    private static List<String> unlisted(ManifestScan scan, MigrationFiles files) {
        return files.migrations().stream()
                .filter(file -> !scan.entries().containsKey(MigrationFiles.name(file)))
                .map(file -> file + " is not listed")
                .toList();
    }

    private static List<String> inTwoFolders(MigrationFiles files) {
        return files.migrations().stream()
                .collect(Collectors.groupingBy(MigrationFiles::name, TreeMap::new, Collectors.toList()))
                .values().stream()
                .filter(same -> same.size() > 1)
                .map(same -> MigrationFiles.name(same.get(0)) + " is in more than one folder: "
                        + same.stream().map(Path::toString).collect(Collectors.joining(", ")))
                .toList();
    }
}
