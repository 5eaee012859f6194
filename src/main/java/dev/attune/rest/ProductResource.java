package dev.attune.rest;

import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ProductCatalogue;
import dev.attune.service.port.ProductChange;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The product catalogue: what callers call about, the skill and licence each needs, its service level. A
 * workforce manager adds or edits a product here; the change is validated, audited and reaches the running
 * engine at once (agents refiled, calls already waiting reconsidered), no restart.
 */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The product catalogue (seeded from config/catalogue.json, then edited here)")
public class ProductResource {
    @Inject
    ProductCatalogue products;
    @Inject
    Auditor auditor;
    @Inject
    Event<ProductChange> changes;

    @GET
    @Operation(summary = "Every product")
    public List<ProductView> list() {
        return products.catalogue().products().stream().map(ProductView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One product by code")
    public ProductView get(@PathParam("code") String code) {
        return products.catalogue().find(code).map(ProductView::of)
                .orElseThrow(() -> new NotFoundException("unknown product '" + code + "'"));
    }

    @PUT
    @Path("/{code}")
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Add a product or replace one (required skill and licence, stakes, service-level target); "
            + "audited, and in force in the running engine at once")
    public ProductView save(@PathParam("code") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String code,
            @NotNull @Valid ProductRequest body) {
        ChangeNote note = auditor.note(body.reason());
        ProductChange change = products.save(body.toProduct(code), note);
        changes.fire(change);
        return ProductView.of(change.after());
    }

    @GET
    @Path("/{code}/history")
    @Operation(summary = "Every change to a product: who, when, why, before and after")
    public List<ProductChangeView> history(@PathParam("code") String code) {
        List<ProductChange> history = products.history(code);
        if (history.isEmpty() && products.catalogue().find(code).isEmpty()) {
            throw new NotFoundException("unknown product '" + code + "'");
        }
        return history.stream().map(ProductChangeView::of).toList();
    }
}
