package org.milmove.cli.s3;

import java.net.URI;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;
import org.milmove.cli.environments.Environment;
import org.milmove.flyway.resolver.S3Settings;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How to reach S3: region, endpoint, profile, retries. */
public final class S3Options {
    private static final String REGION = "--aws-region";
    private static final String ENDPOINT = "--s3-endpoint";
    private static final String PROFILE = "--aws-profile";

    @Option(names = REGION, defaultValue = "${env:AWS_REGION}", showDefaultValue = Visibility.NEVER,
            description = "Region of the S3 buckets [AWS_REGION]; default: the environment's, else the AWS profile's.")
    String awsRegion;

    @Option(names = ENDPOINT, defaultValue = "${env:AWS_ENDPOINT_URL_S3}", showDefaultValue = Visibility.NEVER,
            description = "An S3-compatible server instead of AWS, e.g. http://localhost:9000 [AWS_ENDPOINT_URL_S3];"
                    + " uses path-style requests.")
    URI s3Endpoint;

    @Option(names = PROFILE, defaultValue = "${env:AWS_PROFILE}", showDefaultValue = Visibility.NEVER,
            description = "AWS profile for S3 credentials [AWS_PROFILE]; default: the environment's, else the AWS"
                    + " default credentials chain.")
    String awsProfile;

    @Option(names = "--s3-max-attempts", defaultValue = "${env:AWS_MAX_ATTEMPTS:-6}",
            description = "Attempts per S3 request; throttling and server errors are retried with backoff"
                    + " [AWS_MAX_ATTEMPTS] (default: ${DEFAULT-VALUE}).")
    int s3MaxAttempts;

    @Spec(Spec.Target.SELF)
    CommandSpec self;

    /** The settings these options give. */
    public S3Settings settings() {
        return settings(awsRegion, s3Endpoint, awsProfile);
    }

    /**
     * The settings for a deployed environment: what its block of the environments file says, except where an option
     * was given on the command line; environment variables only fill what the file leaves out.
     */
    public S3Settings settings(Environment environment) {
        return settings(
                pick(REGION, awsRegion, environment.region()),
                pick(ENDPOINT, s3Endpoint, environment.endpoint()),
                pick(PROFILE, awsProfile, environment.profile()));
    }

    /** The SDK takes {@code localhost:9000} for a URL whose scheme is {@code localhost}, and fails deep inside. */
    private static URI checked(URI endpoint) {
        boolean http = "http".equalsIgnoreCase(endpoint.getScheme()) || "https".equalsIgnoreCase(endpoint.getScheme());
        if (!http || endpoint.getHost() == null) {
            throw new UserException("--s3-endpoint (AWS_ENDPOINT_URL_S3) must be an http:// or https:// URL such as"
                    + " http://localhost:9000, not " + Quoted.of(endpoint.toString()));
        }
        return endpoint;
    }

    private <T> T pick(String option, T fromOption, T fromFile) {
        boolean onCommandLine = !self.findOption(option).originalStringValues().isEmpty();
        return onCommandLine || fromFile == null ? fromOption : fromFile;
    }

    private S3Settings settings(String region, URI endpoint, String profile) {
        if (s3MaxAttempts < 1) {
            throw new UserException("--s3-max-attempts (AWS_MAX_ATTEMPTS) must be 1 (no retries) or more, not " + s3MaxAttempts);
        }
        S3Settings settings = S3Settings.aws().withRegion(region).withProfile(profile).withMaxAttempts(s3MaxAttempts);
        return endpoint == null ? settings : settings.withEndpoint(checked(endpoint));
    }
}
