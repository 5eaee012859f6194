package dev.attune.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.configuration.ConfigDirectory;
import dev.attune.core.domain.Product;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped model and the shipped intent mapping, without the data folder. */
class TextEstimatorTest {
    private static final TextEstimator ESTIMATOR = TextEstimator.shipped();

    @Test
    void theModelShipsSmall() throws Exception {
        URL model = TextEstimator.class.getClassLoader().getResource(TextEstimator.MODEL_RESOURCE);
        assertTrue(Files.size(Path.of(model.toURI())) < 4_000_000, "the model file stays a few MB");
    }

    @Test
    void anAnxiousCallerReadsAsAnxiousAndACalmOneDoesNot() {
        TextReading scared = ESTIMATOR.read("I'm really scared and worried, I'm panicking about my money");
        TextReading calm = ESTIMATOR.read("Thanks so much, that is great, have a lovely day");
        assertTrue(scared.anxiety() > 0.5, scared.toString());
        assertTrue(calm.anxiety() < 0.2, calm.toString());
        assertTrue(scared.valence() < 0 && calm.valence() > 0, scared + " / " + calm);
        TextReading angry = ESTIMATOR.read("I am so angry, this is disgusting, I hate how you treat me");
        assertTrue(angry.anger() > 2 * calm.anger() && angry.valence() < 0, angry + " / " + calm);
        TextReading confused = ESTIMATOR.read("I don't understand what this charge means, I'm confused");
        assertTrue(confused.confusion() > 2 * calm.confusion(), confused + " / " + calm);
    }

    @Test
    void everyReadingIsInTheEventContractsRanges() {
        for (String text : new String[] {"", "?!", "a", "card card card card", "😝 émigré ÅÄÖ"}) {
            TextReading r = ESTIMATOR.read(text);
            for (double unit : new double[] {r.anxiety(), r.frustration(), r.anger(), r.confusion(), r.arousal(),
                    r.confidence(), r.intentProbability()}) {
                assertTrue(unit >= 0 && unit <= 1, text + ": " + r);
            }
            assertTrue(r.valence() >= -1 && r.valence() <= 1, text + ": " + r);
        }
    }

    @Test
    void intentsMapToCatalogueProductsThroughTheShippedFile() {
        IntentProducts mapping = shippedMapping();
        TextReading stolen = ESTIMATOR.read("I think someone has stolen my card details and is using them");
        assertEquals(Optional.of("FRAUD_DISPUTE"), mapping.productOf(stolen.intent(), stolen.intentProbability()),
                stolen.toString());
        TextReading arrival = ESTIMATOR.read("My new card still hasn't arrived, when will it come?");
        assertEquals(Optional.of("CARD_SERVICES"), mapping.productOf(arrival.intent(), arrival.intentProbability()),
                arrival.toString());
        TextReading transfer = ESTIMATOR.read("How long does a transfer to another bank take?");
        assertEquals(Optional.empty(), mapping.productOf(transfer.intent(), transfer.intentProbability()),
                "a GENERAL intent leaves the product alone: " + transfer);
    }

    @Test
    void aMappingNamingAnUnknownProductOrIntentIsRefusedWithTheField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("intent-products.json");
        Files.writeString(file, "{\"schemaVersion\":1,\"minimumConfidence\":0.5,\"genericProducts\":[\"GENERAL\"],"
                + "\"intents\":{\"card_arrival\":\"CARDZ\"}}");
        IllegalArgumentException product = assertThrows(IllegalArgumentException.class, () -> IntentProducts.read(file,
                catalogue(), ESTIMATOR.model().intents()));
        assertTrue(product.getMessage().contains("intents.card_arrival"), product.getMessage());
        Files.writeString(file, "{\"schemaVersion\":1,\"minimumConfidence\":0.5,\"genericProducts\":[],"
                + "\"intents\":{\"card_arival\":\"CARD_SERVICES\"}}");
        IllegalArgumentException intent = assertThrows(IllegalArgumentException.class, () -> IntentProducts.read(file,
                catalogue(), ESTIMATOR.model().intents()));
        assertTrue(intent.getMessage().contains("card_arival"), intent.getMessage());
    }

    private static IntentProducts shippedMapping() {
        return IntentProducts.read(Path.of("config/text/intent-products.json"), catalogue(), ESTIMATOR.model().intents());
    }

    private static Set<String> catalogue() {
        return ConfigDirectory.at("config").catalogue().products().stream().map(Product::code).collect(Collectors.toSet());
    }
}
