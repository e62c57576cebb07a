package org.milmove.cli.gen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** The statements that give a client certificate access to MilMove's Orders and Prime APIs, change it, or take it away. */
final class ClientCertSql {
    /** The orders columns MilMove's generator sets to true: read and write for every service's orders. */
    private static final List<String> ORDERS = List.of("air_force", "army", "coast_guard", "marine_corps", "navy");

    private ClientCertSql() {
    }

    /** A user for the certificate, the prime role for that user, and the certificate row {@code certId}: new ids, fixed in the SQL. */
    static String create(ClientCert cert, UUID certId) {
        UUID user = UUID.randomUUID();
        UUID roleLink = UUID.randomUUID();
        StringBuilder columns = new StringBuilder("id, sha256_digest, subject, user_id, allow_orders_api, allow_prime, allow_pptas");
        StringBuilder values = new StringBuilder(String.join(", ", SqlLiteral.of(certId), SqlLiteral.of(cert.fingerprint()),
                SqlLiteral.of(cert.subject()), SqlLiteral.of(user), "true", "true", "false"));
        for (String service : ORDERS) {
            columns.append(", allow_").append(service).append("_orders_read, allow_").append(service).append("_orders_write");
            values.append(", true, true");
        }
        return """
                -- A user for the certificate: MilMove finds it by the certificate's fingerprint @api.move.mil.
                INSERT INTO users (id, okta_email, created_at, updated_at)
                VALUES (%s, %s, now(), now());

                INSERT INTO users_roles (id, role_id, user_id, created_at, updated_at)
                VALUES (%s, (SELECT id FROM roles WHERE role_type = 'prime'), %s, now(), now());

                -- Read and write access to the Prime API and to every service's orders in the Orders API.
                INSERT INTO client_certs (%s, created_at, updated_at)
                VALUES (%s, now(), now());
                """.formatted(SqlLiteral.of(user), SqlLiteral.of(cert.userEmail()), SqlLiteral.of(roleLink),
                SqlLiteral.of(user), columns, values);
    }

    /** The certificate {@code certId} becomes {@code cert}; its user's e-mail follows, so that a disable finds it. */
    static String update(ClientCert cert, UUID certId) {
        return """
                UPDATE client_certs
                SET sha256_digest = %s, subject = %s, updated_at = now()
                WHERE id = %s;

                UPDATE users
                SET okta_email = %s, updated_at = now()
                WHERE id = (SELECT user_id FROM client_certs WHERE id = %s);
                """.formatted(SqlLiteral.of(cert.fingerprint()), SqlLiteral.of(cert.subject()), SqlLiteral.of(certId),
                SqlLiteral.of(cert.userEmail()), SqlLiteral.of(certId));
    }

    /**
     * Takes access away from the certificate with this fingerprint: its certificate row and role links are deleted;
     * its user is kept, inactive, for the records that refer to it.
     */
    static String disable(String fingerprint) {
        String email = SqlLiteral.of(ClientCert.userEmail(fingerprint));
        return """
                DELETE FROM client_certs WHERE user_id IN (SELECT id FROM users WHERE okta_email = %s);

                DELETE FROM users_roles WHERE user_id IN (SELECT id FROM users WHERE okta_email = %s);

                UPDATE users SET active = false, updated_at = now()
                WHERE okta_email = %s;
                """.formatted(email, email, email);
    }

    /** A made-up certificate for a stand-in, different for each {@code seed}. */
    static ClientCert fake(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return new ClientCert(HexFormat.of().formatHex(digest), "CN=" + seed + ",OU=Stand-in,O=Fake,C=US");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
