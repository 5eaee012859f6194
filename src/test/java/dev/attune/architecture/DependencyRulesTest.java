package dev.attune.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dependency table of docs/architecture.md, checked on the shipped classes (src/main only): the core
 * depends on nothing outside it, the application layer ({@code service}) on the core only, and the adapters
 * on the application layer and the core, never on each other: what one adapter needs from another is a
 * port in {@code service} that the other implements.
 */
class DependencyRulesTest {
    private static final String CORE = "dev.attune.core..";
    private static final String DOMAIN = "dev.attune.core.domain..";
    private static final String PLANNING = "dev.attune.core.solver..";
    private static final String ENGINE = "dev.attune.core.engine..";
    private static final String APPLICATION = "dev.attune.service..";
    private static final String SIMULATION = "dev.attune.simulation..";
    private static final String LEARNING = "dev.attune.learning..";
    private static final String TEXT = "dev.attune.text..";
    private static final String WHAT_IF = "dev.attune.simulation.whatif..";
    private static final String PLANNING_ENTITY = "ai.timefold.solver.core.api.domain.entity.PlanningEntity";
    private static final String[] ADAPTERS = {"dev.attune.kafka..", "dev.attune.rest..", "dev.attune.persistence..",
            "dev.attune.dashboard..", "dev.attune.configuration..", "dev.attune.security.."};

    /**
     * What the engine publishes to the adapters: the events it takes (core.engine.event), the directives,
     * statuses and recommendations it returns, its refusals. The rest of the engine (pools, deciders, plans,
     * batch results) is internal to the core and the application layer. When the core renames one of these,
     * rename it here.
     */
    private static final Set<String> ENGINE_RESULTS = Set.of("RoutingDirective", "PoolStatus",
            "AgentRecommendation", "RejectedEventException", "Refusal", "WaitReason", "Unroutability");

    private static final JavaClasses SHIPPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.attune");

    @Test
    void layersDependInwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy(CORE)
                .layer("application").definedBy(APPLICATION)
                .layer("simulation").definedBy(SIMULATION)
                .layer("learning").definedBy(LEARNING)
                .layer("text").definedBy(TEXT)
                .layer("kafka").definedBy(ADAPTERS[0])
                .layer("rest").definedBy(ADAPTERS[1])
                .layer("persistence").definedBy(ADAPTERS[2])
                .layer("dashboard").definedBy(ADAPTERS[3])
                .layer("configuration").definedBy(ADAPTERS[4])
                .layer("security").definedBy(ADAPTERS[5])
                .whereLayer("core").mayNotAccessAnyLayer()
                .whereLayer("learning").mayOnlyAccessLayers("core")
                .whereLayer("text").mayOnlyAccessLayers("core")
                .whereLayer("application").mayOnlyAccessLayers("core", "learning", "text")
                .whereLayer("simulation").mayOnlyAccessLayers("core", "learning")
                .whereLayer("kafka").mayOnlyAccessLayers("application", "core", "text")
                .whereLayer("rest").mayOnlyAccessLayers("application", "core", "simulation", "learning", "text")
                .whereLayer("persistence").mayOnlyAccessLayers("application", "core", "learning")
                .whereLayer("dashboard").mayOnlyAccessLayers("application", "core")
                .whereLayer("configuration").mayOnlyAccessLayers("application", "core")
                .whereLayer("security").mayOnlyAccessLayers("application", "core")
                .check(SHIPPED);
    }

    @Test
    void domainUsesTheJdkOnly() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
                .check(SHIPPED);
    }

    @Test
    void onlyThePlanningPackageUsesTimefold() {
        noClasses().that().resideInAPackage(CORE).and().resideOutsideOfPackage(PLANNING)
                .should().dependOnClassesThat().resideInAPackage("ai.timefold..")
                .check(SHIPPED);
    }

    @Test
    void onlyThePlanningPackageBuildsPlanningEntities() {
        noClasses().that().resideOutsideOfPackage(PLANNING)
                .should().callConstructorWhere(DescribedPredicate.describe("a planning entity's constructor",
                        call -> call.getTargetOwner().isAnnotatedWith(PLANNING_ENTITY)))
                .check(SHIPPED);
    }

    /**
     * The learned empathy model and the text model are plain Java like the core (plus the numerics and the
     * JSON reader of their own files), so the simulator and the training tools can run them without a
     * container; the service wires them in from the application layer and the adapters.
     */
    @Test
    void modelsUsePlainJavaOnly() {
        classes().that().resideInAnyPackage(LEARNING, TEXT)
                .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, LEARNING, TEXT, "java..",
                        "org.apache.commons.math3..", "com.fasterxml.jackson.databind..")
                .check(SHIPPED);
    }

    @Test
    void coreUsesNoFramework() {
        classes().that().resideInAPackage(CORE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..", "ai.timefold..")
                .check(SHIPPED);
    }

    @Test
    void adaptersUseTheEngineOnlyThroughWhatItPublishes() {
        DescribedPredicate<JavaClass> internal = resideInAPackage(ENGINE)
                .and(not(resideInAPackage("dev.attune.core.engine.event..")))
                .and(not(publishedByTheEngine()));
        noClasses().that().resideInAnyPackage(ADAPTERS)
                .should().dependOnClassesThat(internal.as("engine internals"))
                .orShould().dependOnClassesThat().resideInAPackage(PLANNING)
                .check(SHIPPED);
    }

    @Test
    void adaptersRunSimulationsOnlyThroughTheWhatIf() {
        noClasses().that().resideInAnyPackage(ADAPTERS)
                .should().dependOnClassesThat(resideInAPackage(SIMULATION).and(not(resideInAPackage(WHAT_IF)))
                        .as("simulator internals"))
                .check(SHIPPED);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.attune.(**)").should().beFreeOfCycles().check(SHIPPED);
    }

    /** A published type or one nested in it (RoutingDirective.OfferCreated). */
    private static DescribedPredicate<JavaClass> publishedByTheEngine() {
        return DescribedPredicate.describe("published by the engine", type -> ENGINE_RESULTS.stream()
                .anyMatch(name -> type.getName().equals("dev.attune.core.engine." + name)
                        || type.getName().startsWith("dev.attune.core.engine." + name + "$")));
    }
}
