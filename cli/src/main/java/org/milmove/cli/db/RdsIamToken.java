package org.milmove.cli.db;

import org.milmove.cli.UserException;
import org.milmove.flyway.resolver.AwsLogin;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.rds.RdsUtilities;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * RDS IAM authentication tokens: the password for one connection, signed locally with the credentials of the AWS
 * default chain, or of the role {@code --db-iam-role} names, and valid for 15 minutes. A token is a secret; it must
 * never reach a message.
 */
final class RdsIamToken implements ServerDatabase.Password {
    private final String host;
    private final int port;
    private final String user;
    private final String role;
    private final AwsLogin login;
    private final AssumedRole assumed;
    private final RdsUtilities rds;

    /**
     * @param region the RDS instance's region, or null for the AWS default chain (AWS_REGION, profile)
     * @param role   the ARN of a role to assume for signing, or null to sign with the default chain's credentials
     */
    RdsIamToken(String host, int port, String user, String region, String role) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.role = role;
        Region signingRegion = region == null || region.isBlank() ? defaultRegion() : Region.of(region);
        this.login = AwsLogin.defaultChain(null);
        this.assumed = role == null ? null : new AssumedRole(role, signingRegion, login);
        this.rds = RdsUtilities.builder()
                .region(signingRegion)
                .credentialsProvider(assumed != null ? assumed : login)
                .build();
    }

    /** A fresh token; generated per connection because a pool or a long migration outlives one. */
    @Override
    public String get() {
        try {
            return rds.generateAuthenticationToken(request -> request.hostname(host).port(port).username(user));
        } catch (StsException e) {
            throw new UserException("Could not assume the role " + role + " (--db-iam-role, DB_IAM_ROLE) to sign an"
                    + " RDS IAM token for " + account() + ": " + e.awsErrorDetails().errorCode() + ": "
                    + e.awsErrorDetails().errorMessage() + ". Check that the AWS credentials in use may assume it"
                    + " (sts:AssumeRole) and that its trust policy allows them.", e);
        } catch (SdkClientException e) {
            throw new UserException("Could not sign an RDS IAM token for " + account() + ": "
                    + AwsLogin.ssoLoginAdvice(e).orElse("no AWS credentials (" + e.getMessage() + "). Set AWS_PROFILE or"
                    + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run where an IAM role is available"), e);
        }
    }

    private String account() {
        return user + "@" + host + ":" + port;
    }

    private static Region defaultRegion() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            throw new UserException("--db-iam needs the database's AWS region: set --db-region or DB_REGION", e);
        }
    }

    @Override
    public void close() {
        if (assumed != null) {
            assumed.close();
        }
        login.close();
    }
}
