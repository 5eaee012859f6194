package dev.attune.rest;

import dev.attune.service.port.ChangeNote;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Who is making a change: the signed-in principal of the verified token (its preferred_username or upn,
 * else its subject), never something the client states, so the audit trail names a real account.
 */
@RequestScoped
public class Auditor {
    @Inject
    SecurityIdentity identity;

    ChangeNote note(String reason) {
        if (identity.isAnonymous()) {
            // The path policies refuse anonymous writes first; this guards a route left without a rule.
            throw new UnauthorizedException("a change needs a signed-in user");
        }
        return new ChangeNote(identity.getPrincipal().getName(), reason, Instant.now());
    }
}
