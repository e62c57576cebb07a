package org.milmove.cli.environments;

import java.net.URI;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;

/**
 * A deployed environment as the environments file describes it.
 *
 * @param name             e.g. {@code stg}
 * @param secureMigrations where its secure migrations live
 * @param region           the bucket's region, or null for the AWS default chain's
 * @param endpoint         an S3-compatible server instead of AWS, or null
 * @param profile          the AWS profile for its credentials, or null for the default chain's
 */
public record Environment(String name, S3Prefix secureMigrations, String region, URI endpoint, String profile) {

    /** The object key of a migration file in this environment. */
    public String key(String fileName) {
        return secureMigrations.prefix().isEmpty() ? fileName : secureMigrations.prefix() + "/" + fileName;
    }

    /** The {@code s3://} URL of a migration file in this environment. */
    public String url(String fileName) {
        return "s3://" + secureMigrations.bucket() + "/" + key(fileName);
    }
}
