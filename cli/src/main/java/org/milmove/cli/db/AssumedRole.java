package org.milmove.cli.db;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Temporary credentials of an IAM role, assumed through STS with other credentials. They are kept while fresh and
 * assumed again before they expire, so that a token signed with them for a later connection is still accepted.
 */
final class AssumedRole implements AwsCredentialsProvider, SdkAutoCloseable {
    /** Shows in CloudTrail as who assumed the role. */
    static final String SESSION_NAME = "milmove-migrate";

    private final StsClient sts;
    private final StsAssumeRoleCredentialsProvider credentials;

    /**
     * @param region the STS region to ask (the database's: a regional endpoint, also in GovCloud)
     * @param source the credentials that may assume the role
     */
    AssumedRole(String roleArn, Region region, AwsCredentialsProvider source) {
        this.sts = StsClient.builder().region(region).credentialsProvider(source).build();
        this.credentials = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(SESSION_NAME))
                .build();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return credentials.resolveCredentials();
    }

    @Override
    public void close() {
        credentials.close();
        sts.close();
    }
}
