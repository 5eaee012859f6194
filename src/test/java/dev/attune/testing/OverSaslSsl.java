package dev.attune.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile that runs the service against a broker of its own that takes only SCRAM-SHA-512 over TLS
 * and enforces the router's ACLs from deploy/kubernetes/kafka-users.yaml ({@link SecureKafka}).
 */
public class OverSaslSsl implements QuarkusTestProfile {
    static boolean marks(String profile) {
        if (profile == null) {
            return false;
        }
        try {
            return OverSaslSsl.class.isAssignableFrom(
                    Class.forName(profile, false, OverSaslSsl.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
