package dev.attune.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real OIDC provider for every @QuarkusTest (global, started in parallel with the others). */
@QuarkusTestResource(value = OidcProviderResource.class, parallel = true)
public final class WithOidcProvider {
    private WithOidcProvider() {
    }
}
