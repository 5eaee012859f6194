package dev.attune.service;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.RoutingPolicy;
import dev.attune.core.engine.RoutingSettings;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.service.port.ControlArmSwitch;
import dev.attune.service.port.LanguageMatchSettings;
import dev.attune.service.port.RoutingSetup;
import dev.attune.service.port.RoutingSetupSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Builds the service's routing engine from what PostgreSQL holds (catalogue, roster, weights in force)
 * and the engine settings in application.properties, with every rostered agent known, logged out, until
 * the ACD reports them.
 */
@ApplicationScoped
public class EngineCores implements RoutingCoreFactory {
    private final RoutingSetupSource setup;
    private final HostSettings settings;
    private final ControlArmSwitch controlArm;
    private final ReserveSettings reserve;
    private final LanguageMatchSettings languageMatch;

    @Inject
    public EngineCores(RoutingSetupSource setup, HostSettings settings, ControlArmSwitch controlArm,
            ReserveSettings reserve, LanguageMatchSettings languageMatch) {
        this.setup = setup;
        this.settings = settings;
        this.controlArm = controlArm;
        this.reserve = reserve;
        this.languageMatch = languageMatch;
    }

    @Override
    public RoutingCore create(Clock clock) {
        RoutingSetup loaded = setup.load();
        RoutingPolicy policy = RoutingPolicy.defaults().toBuilder()
                .reservationTimeout(settings.reservationTimeout())
                .ronaSetsAgentAway(settings.ronaSetsAgentAway())
                .maxHold(settings.maxHold())
                .reserveLookBack(reserve.lookBack())
                .reserveHorizon(reserve.horizon())
                .build();
        RoutingEngine engine = new RoutingEngine(
                new RoutingSettings(loaded.catalogue(), null, policy, loaded.weights()), clock, settings.planMode());
        engine.updateControlArm(controlArm.current());
        engine.updateExactRegionPools(languageMatch.exactRegionPools());
        if (settings.deadlinesByInput()) {
            engine.judgeDeadlinesByInput(settings.answerGrace());
        }
        for (AgentProfile profile : loaded.roster()) {
            engine.apply(new AgentProfileChanged(profile, clock.instant()));
        }
        return new EngineCore(engine);
    }
}
