package org.milmove.flyway.resolver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.resource.LoadableResource;
import org.milmove.flyway.resolver.MigrationLocation.LocalFolder;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import org.milmove.flyway.resolver.S3PrefixSource.S3Reads;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Serves Flyway the migration files of every {@link MigrationPath} entry, local folders and S3 prefixes alike. A
 * file name found in two entries is an error, never a silent pick, unless both files have the same content (then the
 * first entry's is used). S3 objects are held in memory only.
 *
 * <pre>{@code
 * MigrationPath path = MigrationPath.parse(System.getenv("MIGRATION_PATH"), Path.of(""));
 * try (S3Client s3 = S3Settings.aws().createClient();
 *      var files = MigrationPathResourceProvider.builder(path).s3(s3).fetchOnly(manifest::lists).build()) {
 *     Flyway.configure().resourceProvider(files)...
 * }
 * }</pre>
 */
public final class MigrationPathResourceProvider implements ResourceProvider, AutoCloseable {
    private static final Log LOG = LogFactory.getLog(MigrationPathResourceProvider.class);

    private final List<MigrationSource> sources;
    private final ExecutorService prefetcher;
    private final Map<String, Boolean> identical = new ConcurrentHashMap<>();

    private MigrationPathResourceProvider(Builder builder) {
        this.prefetcher = Executors.newFixedThreadPool(builder.prefetchThreads, runnable -> {
            Thread thread = new Thread(runnable, "s3-prefetch");
            thread.setDaemon(true);
            return thread;
        });
        S3Reads reads = new S3Reads(builder.wanted, builder.expected, builder.pageSize, builder.keepInMemoryUpTo,
                new AtomicLong(builder.memoryBudget), prefetcher, builder.known);
        this.sources = builder.path.locations().stream().map(location -> source(location, builder.s3, reads)).toList();
        sources.forEach(MigrationSource::listAhead);
    }

    /** Local folders only; an S3 entry is an error. */
    public MigrationPathResourceProvider(MigrationPath path) {
        this(builder(path));
    }

    public static Builder builder(MigrationPath path) {
        return new Builder(path);
    }

    private static MigrationSource source(MigrationLocation location, S3Client s3, S3Reads reads) {
        if (location instanceof S3Prefix prefix) {
            if (s3 == null) {
                throw new MigrationPathException("MIGRATION_PATH entry " + prefix + " needs an S3 client;"
                        + " configure one with MigrationPathResourceProvider.builder(path).s3(client)");
            }
            return new S3PrefixSource(prefix, s3, reads);
        }
        return new LocalFolderSource((LocalFolder) location);
    }

    @Override
    public LoadableResource getResource(String name) {
        return matching(name, new String[] {""}).stream()
                .filter(resource -> resource.getFilename().equals(name))
                .findFirst()
                .orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return matching(prefix, suffixes);
    }

    private List<LoadableResource> matching(String prefix, String[] suffixes) {
        Map<String, Found> first = new LinkedHashMap<>();
        List<LoadableResource> matches = new ArrayList<>();
        for (MigrationSource source : sources) {
            for (LoadableResource file : source.files()) {
                String name = file.getFilename();
                if (!name.startsWith(prefix) || Arrays.stream(suffixes).noneMatch(name::endsWith)) {
                    continue;
                }
                Found earlier = first.putIfAbsent(name, new Found(source, file));
                if (earlier == null) {
                    matches.add(file);
                } else {
                    requireSameContent(earlier, new Found(source, file));
                }
            }
        }
        return matches;
    }

    /** A file and the entry it was found in. */
    private record Found(MigrationSource source, LoadableResource file) {
    }

    /** MilMove keeps a few files in both schema/ and secure/ with identical content: the first is used, once reported. */
    private void requireSameContent(Found used, Found duplicate) {
        String name = used.file().getFilename();
        boolean same = identical.computeIfAbsent(name, n -> {
            boolean equal = Texts.sameContent(used.file(), duplicate.file());
            if (equal) {
                LOG.info(name + " is in two MIGRATION_PATH entries with identical content: using the one in "
                        + used.source() + ", not the one in " + duplicate.source());
            }
            return equal;
        });
        if (!same) {
            throw new MigrationPathException(name + " is in two MIGRATION_PATH entries with different content: "
                    + used.source() + " and " + duplicate.source() + "; keep one of them");
        }
    }

    @Override
    public void close() {
        prefetcher.shutdownNow();
    }

    /** Options for S3 entries; local folders need none. */
    public static final class Builder {
        private final MigrationPath path;
        private S3Client s3;
        private Predicate<String> wanted = name -> true;
        private List<String> expected = List.of();
        private int pageSize = 1000;
        private long keepInMemoryUpTo = 8L << 20;
        private long memoryBudget = 64L << 20;
        private int prefetchThreads = S3Clients.MAX_CONNECTIONS;
        private ChecksumCache known = ChecksumCache.NONE;

        private Builder(MigrationPath path) {
            this.path = path;
        }

        /** The client for every S3 entry, reused for the whole run; the caller closes it. */
        public Builder s3(S3Client client) {
            this.s3 = client;
            return this;
        }

        /** Only objects whose file names pass are ever fetched (for example {@code manifest::lists}). */
        public Builder fetchOnly(Predicate<String> fileNames) {
            this.wanted = fileNames;
            return this;
        }

        /**
         * The file names the run expects, for example the manifest's. An S3 prefix is then listed in ranges that split
         * them into pages, all ranges at once: a prefix of a few thousand objects takes one round trip instead of one
         * per 1,000 keys. What is listed does not depend on them, only how fast.
         */
        public Builder expectedFiles(Collection<String> fileNames) {
            // Sorted in S3's key order only where an S3 prefix is listed: a local run loads no S3 class.
            this.expected = List.copyOf(fileNames);
            return this;
        }

        /** At most this many keys a listing page (S3's own limit is 1,000); for tests. */
        Builder pageSize(int keys) {
            this.pageSize = keys;
            return this;
        }

        /**
         * Objects up to {@code objectBytes} are kept in memory, fetched ahead of Flyway, while the run's total stays
         * within {@code totalBytes}; larger ones are streamed from S3 on every read.
         */
        public Builder keepInMemory(long objectBytes, long totalBytes) {
            this.keepInMemoryUpTo = objectBytes;
            this.memoryBudget = totalBytes;
            return this;
        }

        /** How many objects are fetched at the same time ahead of Flyway. */
        public Builder prefetchThreads(int threads) {
            this.prefetchThreads = threads;
            return this;
        }

        /**
         * Objects whose checksum {@code cache} already knows for their current ETag are not fetched ahead of Flyway
         * (default: every wanted object is); pair with {@link ChecksumCache#wrap}.
         */
        public Builder checksumCache(ChecksumCache cache) {
            this.known = cache;
            return this;
        }

        public MigrationPathResourceProvider build() {
            return new MigrationPathResourceProvider(this);
        }
    }
}
