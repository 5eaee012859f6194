package dev.attune.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in, inside the browser, for the workers and weights endpoints while the console is tested on
 * its own: validates like the service (400 with a message) and keeps a change history.
 */
final class FakeWorkforceApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Map<String, Object>> agents = new CopyOnWriteArrayList<>(List.of(
            agent("a-1", "east", "Ana Ortiz", Map.of("RETIREMENT", 5, "CARDS", 3), List.of("en", "es"), List.of("SERIES_7"), 0.92),
            agent("a-2", "east", "Ben Okafor", Map.of("CARDS", 4), List.of("en"), List.of(), 0.41),
            agent("a-3", "west", "Chen Li", Map.of("FRAUD", 4, "CARDS", 2), List.of("en", "zh"), List.of(), 0.66)));
    final Map<String, Long> weights = new LinkedHashMap<>();
    final List<Map<String, Object>> history = new CopyOnWriteArrayList<>();
    final List<String> puts = new CopyOnWriteArrayList<>();

    FakeWorkforceApi() {
        for (var c : dev.attune.core.domain.RoutingConstraint.values()) {
            weights.put(c.displayName(), 1L);
        }
    }

    private static Map<String, Object> agent(String id, String pool, String name, Map<String, Integer> skills,
            List<String> languages, List<String> licences, double empathy) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("poolId", pool);
        a.put("displayName", name);
        a.put("skills", skills);
        a.put("languages", languages);
        a.put("licences", licences);
        a.put("empathy", empathy);
        a.put("capacity", 1);
        return a;
    }

    void install(Page page) {
        page.route("**/api/v1/workers**", this::workers);
        page.route("**/api/v1/weights**", this::weights);
    }

    @SuppressWarnings("unchecked")
    private void workers(Route route) {
        var request = route.request();
        if (request.method().equals("GET")) {
            reply(route, 200, agents);
            return;
        }
        Map<String, Object> body = read(request.postData());
        puts.add(request.postData());
        double empathy = ((Number) body.get("empathy")).doubleValue();
        if (empathy < 0 || empathy > 1) {
            reply(route, 400, Map.of("message", "empathy: must be in [0,1]"));
            return;
        }
        agents.replaceAll(a -> a.get("id").equals(body.get("id")) ? body : a);
        reply(route, 200, body);
    }

    @SuppressWarnings("unchecked")
    private void weights(Route route) {
        var request = route.request();
        if (request.url().endsWith("/history")) {
            reply(route, 200, history);
            return;
        }
        if (request.method().equals("GET")) {
            reply(route, 200, Map.of("weights", weights));
            return;
        }
        Map<String, Object> body = read(request.postData());
        Map<String, Object> proposed = (Map<String, Object>) body.get("weights");
        Map<String, Long> before = new LinkedHashMap<>(weights);
        proposed.forEach((k, v) -> weights.put(k, ((Number) v).longValue()));
        history.add(Map.of("changedAt", Instant.now().toString(), "changedBy", body.get("changedBy"),
                "reason", body.get("reason") == null ? "" : body.get("reason"), "before", before,
                "after", new LinkedHashMap<>(weights)));
        reply(route, 200, Map.of("weights", weights));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void reply(Route route, int status, Object body) {
        try {
            route.fulfill(new Route.FulfillOptions().setStatus(status).setContentType("application/json")
                    .setBody(JSON.writeValueAsString(body instanceof List<?> l ? new ArrayList<>(l) : body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
