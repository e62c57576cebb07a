package org.milmove.flyway.resolver;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Credentials from the AWS default chain: environment variables and system properties, the profile (keys,
 * {@code credential_process}, SSO after {@code aws sso login}, an assumed role), web identity (CI), container and
 * instance roles. When the profile signs in with SSO and has no valid login, the failure says how to log in instead
 * of listing every provider the chain tried.
 */
public final class AwsLogin implements AwsCredentialsProvider, SdkAutoCloseable {
    private static final String SSO_LOGIN = "run `aws sso login --profile ";
    // ProfileSection.SSO_SESSION is internal to the SDK; this is the property of a profile that uses an sso-session.
    private static final String SSO_SESSION = "sso_session";

    private final String profile;
    private final DefaultCredentialsProvider chain;

    private AwsLogin(String profile) {
        this.profile = profile;
        this.chain = DefaultCredentialsProvider.builder().profileName(profile).build();
    }

    /** @param profile a named AWS profile, or null for the default chain's choice (AWS_PROFILE, else "default") */
    public static AwsLogin defaultChain(String profile) {
        return new AwsLogin(profile);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        try {
            return chain.resolveCredentials();
        } catch (SdkClientException e) {
            String name = profile != null ? profile : ProfileFileSystemSetting.AWS_PROFILE.getStringValueOrThrow();
            if (signsInWithSso(name)) {
                throw SdkClientException.create("AWS profile " + name + " signs in with SSO and has no valid login"
                        + " (none yet, or it expired): " + SSO_LOGIN + name + "`", e);
            }
            throw e;
        }
    }

    /** The message of {@code e}, or of one of its causes, that says to run {@code aws sso login}. */
    public static Optional<String> ssoLoginAdvice(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SdkException sdk && sdk.rawMessage() != null && sdk.rawMessage().contains(SSO_LOGIN)) {
                return Optional.of(sdk.rawMessage());
            }
        }
        return Optional.empty();
    }

    private static boolean signsInWithSso(String name) {
        Optional<Profile> named = ProfileFile.defaultProfileFile().profile(name);
        return named.flatMap(p -> p.property(SSO_SESSION)).isPresent()
                || named.flatMap(p -> p.property(ProfileProperty.SSO_START_URL)).isPresent();
    }

    @Override
    public void close() {
        chain.close();
    }
}
