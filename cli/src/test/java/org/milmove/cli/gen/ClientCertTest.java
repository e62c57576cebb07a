package org.milmove.cli.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Fingerprints and subjects against what MilMove's Go code (crypto/x509, Go 1.19) computes for the same files. */
class ClientCertTest {

    @Test
    void aDodStyleCertificateHasItsOrganizationalUnitsInOneRdn() throws Exception {
        ClientCert cert = ClientCert.read(resource("dod.pem"));

        assertThat(cert.fingerprint()).isEqualTo("a925cf03e05816f2afcd922979523691be6bda4088ed21c65cd041f3b51f8444");
        assertThat(cert.subject()).isEqualTo("CN=DOE.JANE.1234567890,OU=DoD+OU=PKI+OU=CONTRACTOR,O=U.S. Government,C=US");
    }

    @Test
    void otherAttributesEscapesAndUnicodeComeOutAsGoWritesThem() throws Exception {
        ClientCert cert = ClientCert.read(resource("odd.pem"));

        assertThat(cert.fingerprint()).isEqualTo("324be63953bb6a232f11e1d71fcedd429785f8639f48d5045fa233ad7fd5bf06");
        // Go's c.Subject.String() for this file, printed by a Go program.
        assertThat(cert.subject()).isEqualTo("SERIALNUMBER=0042,CN=\\#Doe\\, \\\"Jané\\\" \\<ü\\>\\ ,OU=B+OU=A+OU=C,"
                + "O=O'Brien\\; Sons -- Ltd,POSTALCODE=22202,L=Arlington,ST=Virginia,C=US,"
                + "0.9.2342.19200300.100.1.1=#13046a646f65,"
                + "1.2.840.113549.1.9.1=#0c166a616e652e6f27646f65406578616d706c652e6d696c,"
                + "0.9.2342.19200300.100.1.25=#13076578616d706c65,0.9.2342.19200300.100.1.25=#13036d696c");
    }

    @Test
    void aFingerprintIsTakenAsOpensslPrintsIt() {
        // openssl x509 -noout -fingerprint -sha256 -in dod.pem
        assertThat(ClientCert.fingerprint("A9:25:CF:03:E0:58:16:F2:AF:CD:92:29:79:52:36:91:BE:6B:DA:40:88:ED:21:C6:5C:D0:41:F3:B5:1F:84:44"))
                .isEqualTo("a925cf03e05816f2afcd922979523691be6bda4088ed21c65cd041f3b51f8444");
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ClientCertTest.class.getResource("/gen/" + name).toURI());
    }
}
