package dev.attune.testing;

import static org.apache.kafka.common.security.auth.SecurityProtocol.PLAINTEXT;
import static org.apache.kafka.common.security.auth.SecurityProtocol.SASL_SSL;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * A real KRaft broker whose clients must come over TLS and sign in with SCRAM-SHA-512, with an authorizer:
 * a user may do only what its ACLs allow. The certificates are made at start ({@link TestCertificates}). A
 * PLAINTEXT listener stays for the broker's own use and the set-up (its principal is a super user); the ACD
 * the tests play is a super user too, so what is under test is the router user's ACLs alone.
 */
public final class SecureKafka implements AutoCloseable {
    public static final String ROUTER = "attune-router";
    public static final String ACD = "acd-test";

    private final EmbeddedKafkaBroker broker;
    private final TestCertificates certificates;
    private final Map<String, String> passwords = new HashMap<>();

    private SecureKafka(EmbeddedKafkaBroker broker, TestCertificates certificates) {
        this.broker = broker;
        this.certificates = certificates;
    }

    /** Starts the broker and creates the router user (with its ACLs from the Strimzi file) and the test ACD. */
    public static SecureKafka start() {
        TestCertificates certificates = TestCertificates.generate();
        int plainPort = freePort();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withDeleteLogDirsOnClose(true)
                .withClusterId(UUID.randomUUID().toString())
                .withKafkaPort(plainPort)
                .withAdvertisedListeners(EmbeddedKafkaBroker.endpoint(PLAINTEXT, "127.0.0.1", plainPort),
                        EmbeddedKafkaBroker.endpoint("SECURE", SASL_SSL, "127.0.0.1", 0))
                .withAdditionalProperties(props -> {
                    props.put("num.partitions", "4");
                    props.put("auto.create.topics.enable", "true");
                    props.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
                    props.put("listener.name.secure.scram-sha-512.sasl.jaas.config",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required;");
                    props.put("listener.name.secure.ssl.keystore.type", "PKCS12");
                    props.put("listener.name.secure.ssl.keystore.location", certificates.brokerKeystore().toString());
                    props.put("listener.name.secure.ssl.keystore.password", certificates.password());
                    props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
                    props.put("super.users", "User:ANONYMOUS;User:" + ACD);
                })
                .start();
        SecureKafka kafka = new SecureKafka(broker, certificates);
        kafka.createTopics();
        kafka.addUser(ROUTER, StrimziAcls.of(ROUTER));
        kafka.addUser(ACD, List.of());
        return kafka;
    }

    /** Settings of a client that signs in as this user over TLS, trusting the test CA. */
    public Map<String, String> clientSettings(String user) {
        return clientSettings(user, passwords.get(user));
    }

    public Map<String, String> clientSettings(String user, String password) {
        return Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, listener("SECURE"),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"" + user + "\" password=\"" + password + "\";",
                SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM",
                SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, certificates.caCertificate().toString());
    }

    /** The service's kafka.* settings for the router user. */
    public Map<String, String> serviceSettings() {
        Map<String, String> settings = new HashMap<>();
        clientSettings(ROUTER).forEach((key, value) -> settings.put("kafka." + key, value));
        return settings;
    }

    /** As Strimzi would from kafka-topics.yaml: the router may not create topics. */
    private void createTopics() {
        List<NewTopic> topics = List.of("acd.calls", "acd.agents", "analytics.emotions", "routing.decisions",
                "routing.dead-letter", "acd.transcripts", "routing.changes").stream().map(name -> new NewTopic(name, 4, (short) 1)).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, listener("PLAINTEXT")))) {
            admin.createTopics(topics).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create topics: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void addUser(String user, List<AclBinding> acls) {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, listener("PLAINTEXT")))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all().get();
            if (!acls.isEmpty()) {
                admin.createAcls(acls).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create Kafka user " + user + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        passwords.put(user, password);
    }

    private String listener(String name) {
        for (String listener : broker.getAdvertisedListeners().split(",")) {
            if (listener.startsWith(name + "://")) {
                return listener.substring(name.length() + 3);
            }
        }
        throw new IllegalStateException("no " + name + " listener in " + broker.getAdvertisedListeners());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        broker.close();
    }
}
