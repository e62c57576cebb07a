package org.milmove.flyway.resolver;

import java.nio.file.Path;

/** One entry of a {@link MigrationPath}: a place where migration files live. */
public sealed interface MigrationLocation {

    /** A local folder; its direct children are the migration files. */
    record LocalFolder(Path folder) implements MigrationLocation {
        @Override
        public String toString() {
            return "file://" + folder;
        }
    }

    /** An S3 prefix ({@code ""} for the whole bucket); the objects directly under it are the migration files. */
    record S3Prefix(String bucket, String prefix) implements MigrationLocation {
        @Override
        public String toString() {
            return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
        }
    }
}
