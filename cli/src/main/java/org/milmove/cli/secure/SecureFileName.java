package org.milmove.cli.secure;

import java.nio.file.Path;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;
import org.milmove.flyway.manifest.MigrationName;

/** The file name a secure migration has in the buckets; checked because it also becomes a local path on download. */
final class SecureFileName {
    private SecureFileName() {
    }

    static String of(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        if (!text.endsWith(MigrationName.SUFFIX) || !MigrationName.isValid(text)) {
            throw new UserException(Quoted.of(text) + " is not a migration file name; expected <version>_<name>"
                    + MigrationName.SUFFIX + ", for example 20250101000000_update_rates.up.sql.");
        }
        return text;
    }
}
