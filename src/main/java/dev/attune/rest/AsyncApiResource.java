package dev.attune.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Kafka event contract beside the REST one: the AsyncAPI 3 document at /q/asyncapi and the JSON Schemas it
 * references, relative to it, at /q/schemas/&lt;type&gt;/v&lt;N&gt;.json (the same files the intake enforces).
 */
@Path("/q")
@Tag(name = "Event contract", description = "The Kafka topics and events (AsyncAPI 3), docs/events.md")
public class AsyncApiResource {
    private static final Pattern NAME = Pattern.compile("[a-z]+\\.[a-z-]+");
    private static final Pattern FILE = Pattern.compile("v\\d{1,3}\\.json");

    @GET
    @Path("/asyncapi")
    @Produces("application/yaml")
    @Operation(summary = "The AsyncAPI 3 document of every topic and event")
    public byte[] document() {
        return resource("asyncapi.yaml");
    }

    @GET
    @Path("/schemas/{type}/{file}")
    @Produces("application/schema+json")
    @Operation(summary = "The JSON Schema of one event's data, e.g. call.arrived/v1.json")
    public byte[] schema(@PathParam("type") String type, @PathParam("file") String file) {
        if (!NAME.matcher(type).matches() || !FILE.matcher(file).matches()) {
            throw new NotFoundException("no schema " + type + "/" + file);
        }
        return resource("schemas/" + type + "/" + file);
    }

    private static byte[] resource(String name) {
        try (InputStream in = AsyncApiResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFoundException("no " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
