package org.milmove.flyway.resolver;

import java.nio.file.Path;
import java.util.Optional;

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

        /** {@code s3://bucket[/prefix]}, slashes around the prefix dropped; empty if it is not such a URL or names no bucket. */
        public static Optional<S3Prefix> parse(String url) {
            if (!url.startsWith("s3://")) {
                return Optional.empty();
            }
            String rest = url.substring("s3://".length());
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("^/+|/+$", "");
            return bucket.isEmpty() ? Optional.empty() : Optional.of(new S3Prefix(bucket, prefix));
        }

        /** The key of {@code name} directly under this prefix. */
        public String key(String name) {
            return prefix.isEmpty() ? name : prefix + "/" + name;
        }

        /** The {@code s3://} URL of {@code name} directly under this prefix. */
        public String url(String name) {
            return "s3://" + bucket + "/" + key(name);
        }

        @Override
        public String toString() {
            return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
        }
    }
}
