package dev.attune.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway certificate authority and a broker certificate it signed, made with the JDK's keytool when a test
 * needs TLS: no private key is ever committed. The broker certificate names localhost and 127.0.0.1, so clients
 * verify the broker's host name as they would in production.
 */
public final class TestCertificates {
    private final Path dir;
    private final String password;

    private TestCertificates(Path dir, String password) {
        this.dir = dir;
        this.password = password;
    }

    public static TestCertificates generate() {
        try {
            Path dir = Files.createTempDirectory("attune-test-ca");
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            TestCertificates certificates = new TestCertificates(dir, HexFormat.of().formatHex(secret));
            certificates.make();
            return certificates;
        } catch (IOException e) {
            throw new IllegalStateException("could not make test certificates", e);
        }
    }

    /** The CA certificate (PEM): what a client trusts. */
    public Path caCertificate() {
        return dir.resolve("ca.crt");
    }

    /** The broker's key and certificate chain (PKCS12, protected by {@link #password()}). */
    public Path brokerKeystore() {
        return dir.resolve("broker.p12");
    }

    public String password() {
        return password;
    }

    private void make() {
        Path ca = dir.resolve("ca.p12");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=Attune test CA", "-ext", "bc:c", "-validity", "2", "-keystore", ca.toString());
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-file", caCertificate().toString());
        String broker = brokerKeystore().toString();
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-validity", "2", "-keystore", broker);
        Path request = dir.resolve("broker.csr");
        keytool("-certreq", "-alias", "broker", "-keystore", broker, "-file", request.toString());
        Path signed = dir.resolve("broker.crt");
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-infile", request.toString(),
                "-outfile", signed.toString(), "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caCertificate().toString(), "-keystore", broker);
        keytool("-importcert", "-alias", "broker", "-file", signed.toString(), "-keystore", broker);
    }

    private void keytool(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", password));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("keytool.log").toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: "
                        + Files.readString(dir.resolve("keytool.log")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
