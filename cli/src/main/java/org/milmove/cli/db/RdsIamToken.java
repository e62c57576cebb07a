package org.milmove.cli.db;

import org.milmove.cli.UserException;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.rds.RdsUtilities;

/**
 * RDS IAM authentication tokens: the password for one connection, signed locally with the credentials of the AWS
 * default chain and valid for 15 minutes. A token is a secret; it must never reach a message.
 */
final class RdsIamToken {
    private final RdsUtilities rds;
    private final String host;
    private final int port;
    private final String user;

    /** @param region the RDS instance's region, or null for the AWS default chain (AWS_REGION, profile) */
    RdsIamToken(String host, int port, String user, String region) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.rds = RdsUtilities.builder()
                .region(region == null || region.isBlank() ? defaultRegion() : Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .build();
    }

    /** A fresh token; generated per connection because a pool or a long migration outlives one. */
    String generate() {
        try {
            return rds.generateAuthenticationToken(request -> request.hostname(host).port(port).username(user));
        } catch (SdkClientException e) {
            throw new UserException("Could not sign an RDS IAM token for " + user + "@" + host + ":" + port
                    + ": no AWS credentials (" + e.getMessage() + "). Set AWS_PROFILE or AWS_ACCESS_KEY_ID and"
                    + " AWS_SECRET_ACCESS_KEY, or run where an IAM role is available.", e);
        }
    }

    private static Region defaultRegion() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            throw new UserException("--db-iam needs the database's AWS region: set --db-region or DB_REGION", e);
        }
    }
}
