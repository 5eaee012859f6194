package dev.attune.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.load.Caller;
import dev.attune.load.OfferSeen;
import dev.attune.local.LocalKeycloak;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ACD's REST side (docs/api.md, routing): it creates tasks and answers reservations on an instance that does
 * not own the pool, signed in as the acd demo user. It does what docs/api.md tells an ACD to do: a 503 (engine
 * rebuilding, input topic not taking the write) or a connection that fails (the instance was just killed) is
 * retried after a second on a live instance, for at most {@link #RETRY_WINDOW}; an expired token is renewed. Any
 * other 4xx is the router refusing the ACD's answer, and is counted.
 */
final class RestAcd implements AutoCloseable {
    private static final Duration RETRY_WINDOW = Duration.ofSeconds(60);
    private static final int REFUSALS_SHOWN = 5;

    /** The final answer to one request: its HTTP status (-1 if no instance answered) and body. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "fault-rest-retries");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectMapper json = new ObjectMapper();
    private final String issuer;
    private final RestTargets targets;
    private final PrintStream log;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private String token;
    private Instant renewAfter = Instant.MIN;

    RestAcd(String issuer, RestTargets targets, PrintStream log) {
        this.issuer = issuer;
        this.targets = targets;
        this.log = log;
        token();
    }

    /** POST /pools/{pool}/tasks for this call. */
    CompletableFuture<Answer> createTask(Caller caller) {
        ObjectNode body = json.createObjectNode();
        body.put("callId", caller.callId());
        body.put("customerId", caller.customerId());
        body.put("productCode", caller.productCode());
        body.put("language", caller.language());
        body.put("priority", caller.priority());
        body.put("vulnerable", caller.vulnerable());
        body.put("amountAtStake", caller.amountAtStake());
        if (caller.lifeEvent() != null) {
            body.put("lifeEvent", caller.lifeEvent());
        }
        return post(caller.poolId(), "/api/v1/pools/" + caller.poolId() + "/tasks", body);
    }

    /** POST /pools/{pool}/reservations/{decisionId}/accept for this offer's agent. */
    CompletableFuture<Answer> accept(OfferSeen offer) {
        ObjectNode body = json.createObjectNode().put("agentId", offer.agentId());
        return post(offer.poolId(), "/api/v1/pools/" + offer.poolId() + "/reservations/" + offer.decisionId()
                + "/accept", body);
    }

    long sent() {
        return sent.get();
    }

    long refused() {
        return refused.get();
    }

    long retried() {
        return retried.get();
    }

    private CompletableFuture<Answer> post(String pool, String path, ObjectNode body) {
        sent.incrementAndGet();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        // Off the caller's thread (the ACD's): a token renewal or a slow connect must not hold the ACD up.
        retries.execute(() -> attempt(pool, path, body.toString(), Instant.now().plus(RETRY_WINDOW), answer));
        return answer.whenComplete((a, failure) -> {
            if (a != null && !a.ok() && refused.incrementAndGet() <= REFUSALS_SHOWN) {
                log.printf("[fault]   REST %s refused: %d %s%n", path, a.status(), a.body());
            }
        });
    }

    private void attempt(String pool, String path, String body, Instant giveUpAt, CompletableFuture<Answer> answer) {
        String base = targets.nonOwner(pool);
        if (base == null) {
            answer.complete(new Answer(-1, "no live instance"));
            return;
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        } catch (RuntimeException e) {
            retryOrGiveUp(pool, path, body, giveUpAt, answer, new Answer(-1, "no token: " + e.getMessage()));
            return;
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure != null) {
                retryOrGiveUp(pool, path, body, giveUpAt, answer, new Answer(-1, failure.toString()));
            } else if (response.statusCode() == 503 || response.statusCode() == 401) {
                if (response.statusCode() == 401) {
                    expireToken();
                }
                retryOrGiveUp(pool, path, body, giveUpAt, answer, new Answer(response.statusCode(), response.body()));
            } else {
                answer.complete(new Answer(response.statusCode(), response.body()));
            }
        });
    }

    private void retryOrGiveUp(String pool, String path, String body, Instant giveUpAt,
            CompletableFuture<Answer> answer, Answer last) {
        if (Instant.now().isAfter(giveUpAt)) {
            answer.complete(last);
            return;
        }
        retried.incrementAndGet();
        retries.schedule(() -> attempt(pool, path, body, giveUpAt, answer), 1, TimeUnit.SECONDS);
    }

    private synchronized String token() {
        if (token == null || Instant.now().isAfter(renewAfter)) {
            try {
                LocalKeycloak.AccessToken fresh = LocalKeycloak.passwordGrant(http, issuer, "acd");
                token = fresh.value();
                renewAfter = Instant.now().plus(fresh.lifetime().dividedBy(2));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }

    private synchronized void expireToken() {
        renewAfter = Instant.MIN;
    }

    @Override
    public void close() {
        retries.shutdownNow();
        targets.close();
    }
}
