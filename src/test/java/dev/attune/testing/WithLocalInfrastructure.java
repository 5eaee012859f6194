package dev.attune.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real broker and database for every @QuarkusTest in the build (global test resource). */
@QuarkusTestResource(LocalInfrastructureResource.class)
public final class WithLocalInfrastructure {
    private WithLocalInfrastructure() {
    }
}
