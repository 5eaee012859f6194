package dev.attune.rest;

import dev.attune.service.port.RoutingSetupSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The product catalogue: what callers call about, the skill and licence each needs, its service level. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The product catalogue (seeded from config/catalogue.json)")
public class ProductResource {
    @Inject
    RoutingSetupSource setup;

    @GET
    @Operation(summary = "Every product")
    public List<ProductView> list() {
        return setup.catalogue().products().stream().map(ProductView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One product by code")
    public ProductView get(@PathParam("code") String code) {
        return setup.catalogue().find(code).map(ProductView::of)
                .orElseThrow(() -> new NotFoundException("unknown product '" + code + "'"));
    }
}
