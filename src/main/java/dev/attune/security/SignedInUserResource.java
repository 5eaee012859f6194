package dev.attune.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who is signed in and with which roles: the pages show the name and hide what the roles cannot do. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity", description = "The signed-in user")
public class SignedInUserResource {
    @Inject
    SecurityIdentity identity;

    public record SignedInUser(String name, List<String> roles) {
    }

    @GET
    @Operation(summary = "The signed-in user's name and roles")
    public SignedInUser me() {
        return new SignedInUser(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }
}
