package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the served OpenAPI document (issue 11, "bad input at the edges"): each query
 * parameter given a value far longer than any id, or a word where it wants a number, a flag or a time, and each
 * list, map and number of each JSON request body given 10,001 entries or 10^15, must be answered 400 naming the
 * parameter or field. A new parameter or body field is checked the day it is added.
 */
@QuarkusTest
class RestBoundsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Over every query bound (ids 128, reasons 1,000), under the HTTP server's 4,096-byte request line (414). */
    private static final String TOO_LONG = "a".repeat(1_500);
    private static final int TOO_MANY = 10_001;
    private static final double TOO_BIG = 1e15;
    /** Parameters with a type of their own: a word is not one. */
    private static final Set<String> TYPED = Set.of("limit", "dryRun", "from", "to");
    /** Body fields where every value of their type is meaningful: a what-if's random seed. */
    private static final Set<String> ANY_VALUE = Set.of("seed");
    /** A whole number beyond a long's range: overflows every integer field, whatever its Java type. */
    private static final java.math.BigInteger OVERFLOW = new java.math.BigInteger("100000000000000000000");

    @Test
    void everyQueryParameterIsBoundedAndABadValueIs400NamingIt() throws Exception {
        List<String> failures = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        forEachOperation((method, path, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                if (!"query".equals(parameter.path("in").asText())) {
                    continue;
                }
                String name = parameter.path("name").asText();
                checked.add(name);
                expect400Naming(failures, method, path, operation, name, Map.of(name, TOO_LONG), null);
                if (TYPED.contains(name)) {
                    expect400Naming(failures, method, path, operation, name, Map.of(name, "abc"), null);
                }
            }
        });
        assertTrue(checked.containsAll(Set.of("limit", "dryRun", "from", "to", "pool", "reason", "callId")),
                "the walk reached the query parameters: " + checked);
        assertEquals(List.of(), failures);
    }

    @Test
    void everyListMapAndNumberOfARequestBodyIsBoundedAndTooMuchIs400NamingIt() throws Exception {
        List<String> failures = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        forEachBodyField((method, path, operation, name, schema, schemas) -> {
            JsonNode tooMuch = tooMuch(schemas, schema);
            if (tooMuch != null && !ANY_VALUE.contains(name)) {
                checked.add(method + " " + path + " " + name);
                ObjectNode body = JSON.createObjectNode().set(name, tooMuch);
                expect400Naming(failures, method, path, operation, name, Map.of(), body.toString());
            }
        });
        assertTrue(checked.stream().anyMatch(c -> c.endsWith("/workers skills")), "worker skills walked: " + checked);
        assertTrue(checked.stream().anyMatch(c -> c.endsWith("/weights weights")), "weights walked: " + checked);
        assertTrue(checked.stream().anyMatch(c -> c.endsWith("/tasks priority")), "task numbers walked: " + checked);
        assertEquals(List.of(), failures);
    }

    /** A number its Java type cannot hold is not "malformed JSON": the 400 names the field, seeds included. */
    @Test
    void everyIntegerOfARequestBodyThatOverflowsIs400NamingIt() throws Exception {
        List<String> failures = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        forEachBodyField((method, path, operation, name, schema, schemas) -> {
            if (type(schema).equals("integer")) {
                checked.add(method + " " + path + " " + name);
                ObjectNode body = JSON.createObjectNode().put(name, OVERFLOW);
                expect400Naming(failures, method, path, operation, name, Map.of(), body.toString());
            }
        });
        assertTrue(checked.contains("POST /api/v1/what-if replications"), "what-if replications walked: " + checked);
        assertTrue(checked.contains("POST /api/v1/what-if seed"), "what-if seed walked: " + checked);
        assertEquals(List.of(), failures);
    }

    /** A value beyond every bound for this schema: 10,001 entries for a list or map, 10^15 for a number. */
    private static JsonNode tooMuch(JsonNode schemas, JsonNode schema) {
        String type = type(schema);
        if (type.equals("array")) {
            ArrayNode many = JSON.createArrayNode();
            String items = type(resolve(schemas, schema.path("items")));
            for (int i = 0; i < TOO_MANY; i++) {
                if (items.equals("object")) {
                    many.addObject();
                } else if (items.equals("integer") || items.equals("number")) {
                    many.add(1);
                } else {
                    many.add("e" + i);
                }
            }
            return many;
        }
        if (type.equals("object") && schema.has("additionalProperties")) {
            ObjectNode many = JSON.createObjectNode();
            String values = type(schema.path("additionalProperties"));
            for (int i = 0; i < TOO_MANY; i++) {
                if (values.equals("string")) {
                    many.put("k" + i, "v");
                } else {
                    many.put("k" + i, 1);
                }
            }
            return many;
        }
        if (type.equals("integer") || type.equals("number")) {
            return JSON.getNodeFactory().numberNode(type.equals("integer") ? (long) TOO_BIG : TOO_BIG);
        }
        return null;
    }

    /** The schema's type; OpenAPI 3.1 writes a nullable one as a list with "null". */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        return type.asText();
    }

    private static void expect400Naming(List<String> failures, String method, String path, JsonNode operation,
            String name, Map<String, String> query, String body) {
        RequestSpecification request = given().queryParams(query);
        JsonNode content = operation.path("requestBody").path("content");
        if (body != null) {
            request = request.contentType("application/json").body(body);
        } else if (content.has("application/json")) {
            request = request.contentType("application/json").body("{}");
        } else if (content.size() > 0) {
            request = request.contentType(content.fieldNames().next()).body("");
        }
        String url = path.replaceAll("\\{[^}]+}", "p1");
        Response response = request.request(method, url);
        String answer = response.asString();
        boolean named = answer.contains("\"field\":\"" + name + "\"") || answer.contains("'" + name + "'");
        if (response.statusCode() != 400 || !named) {
            String shown = answer.length() > 300 ? answer.substring(0, 300) + "…" : answer;
            failures.add(method + " " + path + " " + name + ": " + response.statusCode() + " " + shown);
        }
    }

    private interface OperationVisitor {
        void visit(String method, String path, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) throws Exception {
        JsonNode paths = openApi().path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (Set.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                    visitor.visit(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), op.getValue());
                }
            }
        }
    }

    private interface BodyFieldVisitor {
        void visit(String method, String path, JsonNode operation, String name, JsonNode schema, JsonNode schemas);
    }

    /** Every top-level field of every JSON request body, its schema resolved. */
    private static void forEachBodyField(BodyFieldVisitor visitor) throws Exception {
        JsonNode schemas = openApi().path("components").path("schemas");
        forEachOperation((method, path, operation) -> {
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            JsonNode properties = resolve(schemas, schema).path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                visitor.visit(method, path, operation, property.getKey(), resolve(schemas, property.getValue()), schemas);
            }
        });
    }

    private static JsonNode resolve(JsonNode schemas, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(schemas, schema.path("allOf").get(0));
        }
        return schema;
    }

    private static JsonNode openApi() throws Exception {
        return JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
