package dev.attune.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.RoutingConstraint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A broken config file is refused with a message naming the file, the field and what is wrong. */
class ConfigErrorsTest {

    private static final String PRODUCT = """
            {"code":"IRA","label":"IRA","requiredSkill":"RETIREMENT","minimumProficiency":2,"requiredLicence":null,
             "baseStakes":0.6,"baseDistress":0.3,"serviceLevel":{"share":0.8,"thresholdSeconds":30}}""";
    private static final String AGENT = """
            {"id":"a1","pool":"p","skills":{"GENERAL":3},"languages":["en"],"licences":[],"empathy":0.5,"capacity":1}""";

    private static ConfigFileException refused(Executable load) {
        return assertThrows(ConfigFileException.class, load);
    }

    private static void assertMessage(String expected, ConfigFileException e) {
        assertEquals(expected, e.getMessage());
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        ConfigFileException e = refused(() -> CatalogueFile.parse("{\n\"schemaVersion\": 1,\n\"products\": [,]}", "cat.json"));
        assertTrue(e.getMessage().startsWith("cat.json: not valid JSON at line 3"), e.getMessage());
    }

    @Test
    void missingFileSaysSo() {
        ConfigFileException e = refused(() -> CatalogueFile.read(Path.of("no-such-dir/catalogue.json")));
        assertTrue(e.getMessage().startsWith("no-such-dir/catalogue.json: file not found"), e.getMessage());
    }

    @Test
    void unsupportedSchemaVersion() {
        assertMessage("c.json: schemaVersion: unsupported version 2 (this build reads 1)",
                refused(() -> CatalogueFile.parse("{\"schemaVersion\":2,\"products\":[" + PRODUCT + "]}", "c.json")));
    }

    @Test
    void misspeltFieldIsNotSilentlyIgnored() {
        ConfigFileException e = refused(() -> CatalogueFile.parse(
                "{\"schemaVersion\":1,\"products\":[" + PRODUCT.replace("\"baseStakes\"", "\"baseStake\"") + "]}", "c.json"));
        assertTrue(e.getMessage().startsWith("c.json: products[0].baseStake: unknown field"), e.getMessage());
    }

    @Test
    void missingRequiredField() {
        assertMessage("c.json: products[0].requiredSkill: is required", refused(() -> CatalogueFile.parse(
                "{\"schemaVersion\":1,\"products\":[" + PRODUCT.replace("\"requiredSkill\":\"RETIREMENT\",", "") + "]}",
                "c.json")));
    }

    @Test
    void serviceLevelOutOfRangeNamesTheNestedField() {
        assertMessage("c.json: products[1].serviceLevel: service level share must be in (0,1], was 1.5",
                refused(() -> CatalogueFile.parse("{\"schemaVersion\":1,\"products\":[" + PRODUCT + ","
                        + PRODUCT.replace("\"IRA\"", "\"HSA\"").replace("0.8", "1.5") + "]}", "c.json")));
    }

    @Test
    void duplicateProduct() {
        assertMessage("c.json: products[1].code: product 'IRA' appears twice", refused(() -> CatalogueFile.parse(
                "{\"schemaVersion\":1,\"products\":[" + PRODUCT + "," + PRODUCT + "]}", "c.json")));
    }

    @Test
    void wrongTypeSaysWhatItWas() {
        assertMessage("c.json: products[0].minimumProficiency: must be a whole number, was \"two\"",
                refused(() -> CatalogueFile.parse("{\"schemaVersion\":1,\"products\":["
                        + PRODUCT.replace("\"minimumProficiency\":2", "\"minimumProficiency\":\"two\"") + "]}", "c.json")));
    }

    @Test
    void empathyOutOfRangeNamesTheAgent() {
        assertMessage("r.json: agents[1]: empathy must be in [0,1], was 1.3", refused(() -> RosterFile.parse(
                "{\"schemaVersion\":1,\"agents\":[" + AGENT + ","
                        + AGENT.replace("a1", "a2").replace("0.5", "1.3") + "]}", "r.json")));
    }

    @Test
    void proficiencyOutOfRangeNamesTheSkill() {
        assertMessage("r.json: agents[0].skills.GENERAL: proficiency must be 1-5, was 7", refused(() -> RosterFile.parse(
                "{\"schemaVersion\":1,\"agents\":[" + AGENT.replace("\"GENERAL\":3", "\"GENERAL\":7") + "]}", "r.json")));
    }

    @Test
    void duplicateAgentAndLanguage() {
        assertMessage("r.json: agents[1].id: agent 'a1' appears twice", refused(() -> RosterFile.parse(
                "{\"schemaVersion\":1,\"agents\":[" + AGENT + "," + AGENT + "]}", "r.json")));
        assertMessage("r.json: agents[0].languages[1]: 'en' appears twice", refused(() -> RosterFile.parse(
                "{\"schemaVersion\":1,\"agents\":[" + AGENT.replace("[\"en\"]", "[\"en\",\"en\"]") + "]}", "r.json")));
    }

    @Test
    void agentWithoutLanguage() {
        assertMessage("r.json: agents[0].languages: must list at least one language", refused(() -> RosterFile.parse(
                "{\"schemaVersion\":1,\"agents\":[" + AGENT.replace("[\"en\"]", "[]") + "]}", "r.json")));
    }

    @Test
    void unknownConstraintListsTheKnownNames() {
        ConfigFileException e = refused(() -> WeightsFile.parse(
                "{\"schemaVersion\":1,\"weights\":{\"Empathy\":3}}", "w.json"));
        assertTrue(e.getMessage().startsWith("w.json: weights.Empathy: unknown constraint (known: Required skill,"),
                e.getMessage());
    }

    @Test
    void negativeOrSwitchedOffHardWeight() {
        assertMessage("w.json: weights: weight of 'Wait time' must not be negative", refused(() -> WeightsFile.parse(
                "{\"schemaVersion\":1,\"weights\":{\"Wait time\":-1}}", "w.json")));
        assertMessage("w.json: weights: hard constraint 'Language' cannot be switched off", refused(() -> WeightsFile.parse(
                "{\"schemaVersion\":1,\"weights\":{\"Language\":0}}", "w.json")));
    }

    @Test
    void leftOutConstraintKeepsWeightOne() {
        assertEquals(1L, WeightsFile.parse("{\"schemaVersion\":1,\"weights\":{\"Wait time\":7}}", "w.json")
                .of(RoutingConstraint.EMPATHY_FOR_DISTRESS));
    }
}
