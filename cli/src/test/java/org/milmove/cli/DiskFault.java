package org.milmove.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real fault of one folder for a command run as a process: a full disk or a read-only one. The folder becomes a
 * small tmpfs (holding a copy of what it held) in a user and mount namespace of the command's own ({@code unshare}),
 * so the fault is real whoever runs the tests (root ignores permission bits) and never touches the machine's mounts.
 * When the command ends, what it left on that file system is copied back into the folder for the test to see.
 */
public enum DiskFault {
    /** No free block left: a write that needs one more block fails with "No space left on device". */
    FULL("cat /dev/zero > \"$dir/.filler\" 2>/dev/null || true"),
    /** Mounted read-only: creating or changing a file fails with "Read-only file system". */
    READ_ONLY("mount -o remount,ro \"$dir\"");

    // The tmpfs replaces the folder only inside the namespace; the command's exit code is the script's.
    private static final String SCRIPT = """
            set -e
            dir=$1; shift
            before=$(mktemp -d); after=$(mktemp -d)
            cp -a "$dir/." "$before/"
            mount -t tmpfs -o size=256k tmpfs "$dir"
            cp -a "$before/." "$dir/"
            %s
            set +e
            "$@"; code=$?
            set -e
            rm -f "$dir/.filler"
            cp -a "$dir/." "$after/"
            umount "$dir"
            find "$dir" -mindepth 1 -delete
            cp -a "$after/." "$dir/"
            rm -rf "$before" "$after"
            exit $code
            """;

    private final String fault;

    DiskFault(String fault) {
        this.fault = fault;
    }

    /** Whether this machine lets an unprivileged user namespace mount a tmpfs (unshare installed and allowed). */
    public static boolean available() {
        try {
            Path probe = Files.createTempDirectory("disk-fault-probe");
            try {
                Process p = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount",
                        "sh", "-c", "mount -t tmpfs -o size=4k tmpfs \"$1\"", "sh", probe.toString())
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } finally {
                Files.delete(probe);
            }
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The command line that runs {@code command} with {@code folder} faulty. */
    public List<String> around(Path folder, List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount",
                "sh", "-c", SCRIPT.formatted(fault), "sh", folder.toAbsolutePath().toString()));
        wrapped.addAll(command);
        return wrapped;
    }
}
