package org.milmove.cli.gen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;

/**
 * A client certificate as MilMove's {@code client_certs} table holds it: the SHA-256 digest of its DER encoding in
 * lower-case hex, and its subject as Go writes it ({@link GoSubject}).
 */
record ClientCert(String fingerprint, String subject) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Reads a certificate file, PEM or DER. */
    static ClientCert read(Path file) {
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(file)) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (NoSuchFileException e) {
            throw new UserException("Certificate file " + file + " (--cert-file) does not exist");
        } catch (CertificateException e) {
            throw new UserException("Certificate file " + file + " (--cert-file) is not an X.509 certificate (PEM or DER): "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the certificate file " + file, e);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new ClientCert(HexFormat.of().formatHex(digest),
                    GoSubject.of(certificate.getSubjectX500Principal().getEncoded()));
        } catch (CertificateException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IllegalArgumentException e) {
            throw new UserException("Certificate file " + file + " (--cert-file): " + e.getMessage(), e);
        }
    }

    /**
     * A SHA-256 fingerprint as given on the command line: 64 hex digits, in either case, with or without the colons
     * that {@code openssl x509 -fingerprint -sha256} prints; returned as MilMove stores it.
     */
    static String fingerprint(String given) {
        String hex = given.replace(":", "").toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(hex).matches()) {
            throw new UserException("--fingerprint " + Quoted.of(given) + " is not a SHA-256 fingerprint: give the 64 hex"
                    + " digits of the certificate's SHA-256 digest (openssl x509 -noout -fingerprint -sha256 -in cert.pem)");
        }
        return hex;
    }

    /** The e-mail address of the user MilMove makes for a certificate; disable-certs-migration finds it by this. */
    static String userEmail(String fingerprint) {
        return fingerprint + "@api.move.mil";
    }

    String userEmail() {
        return userEmail(fingerprint);
    }
}
