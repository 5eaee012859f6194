package dev.attune.simulation.day;

import dev.attune.core.domain.Catalogue;
import dev.attune.simulation.model.DistributionSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the call log does not say, as a documented, seeded model (config/simulation/overlay.json;
 * every field is described in docs/simulation.md).
 *
 * @param productMixByCallType      for each log call type, the share of each catalogue product
 * @param languageByCallType        the language of a log call type; "*" for all others
 * @param highPriorityLevels        log priorities that mean a high-priority customer
 * @param priorityCreditSeconds     how far ahead a high-priority caller jumps in a FIFO queue (the log shows ~1.5 min)
 * @param highPriorityAmountFactor  high-priority customers have this much more at stake
 * @param products                  per product: amount at stake, vulnerability, life event, emotion on arrival
 * @param emotionGrowthPerMinuteInQueue how each emotion grows per minute of waiting
 * @param analytics                 how the simulated speech analytics reports the caller's emotion to the router
 * @param agents                    how agent profiles are drawn from the log's agents
 * @param handleTime                how proficiency and unmet care stretch the logged service time
 * @param measures                  thresholds of the reported measures
 */
public record OverlayModel(
        String description,
        Map<String, Map<String, Double>> productMixByCallType,
        Map<String, String> languageByCallType,
        List<Integer> highPriorityLevels,
        double priorityCreditSeconds,
        double highPriorityAmountFactor,
        Map<String, ProductOverlay> products,
        Emotions emotionGrowthPerMinuteInQueue,
        Analytics analytics,
        AgentOverlay agents,
        HandleTime handleTime,
        Measures measures) {

    /**
     * @param amountAtStake        in the account currency; drives stakes through the care model
     * @param vulnerableProbability share of callers flagged vulnerable (an explicit, audited flag)
     * @param lifeEvent            the life event such a call may carry, or null
     * @param lifeEventProbability share of callers about this product who carry it
     * @param emotion              each emotion's intensity on arrival
     */
    public record ProductOverlay(
            DistributionSpec amountAtStake,
            double vulnerableProbability,
            String lifeEvent,
            double lifeEventProbability,
            EmotionPrior emotion) {
    }

    public record EmotionPrior(UnitDistribution anxiety, UnitDistribution frustration, UnitDistribution anger,
            UnitDistribution confusion) {
    }

    public record Emotions(double anxiety, double frustration, double anger, double confusion) {
    }

    /**
     * @param noiseSd         standard deviation of the analytics' error on each emotion
     * @param confidence      the confidence it attaches to each estimate
     * @param intervalSeconds a new estimate every so often while the caller waits (the first on arrival, from the IVR)
     */
    public record Analytics(double noiseSd, double confidence, double intervalSeconds) {
    }

    /**
     * @param minimumCallsOfATypeServed an agent "served" a log call type when the log shows at least this many
     * @param empathy                   empathy scores of the agents
     * @param skills                    who has which skill, at which proficiency (probabilities of 1..5)
     * @param licences                  who holds which licence, among the holders of a skill
     * @param languages                 who speaks which language
     */
    public record AgentOverlay(
            int minimumCallsOfATypeServed,
            UnitDistribution empathy,
            List<SkillOverlay> skills,
            List<LicenceOverlay> licences,
            List<LanguageOverlay> languages) {
    }

    /**
     * @param share         probability an agent has the skill
     * @param shareIfServed probability instead when the agent served the given log call type
     * @param proficiency   probabilities of proficiency 1, 2, 3, 4, 5
     */
    public record SkillOverlay(String skill, double share, Map<String, Double> shareIfServed, List<Double> proficiency) {
    }

    public record LicenceOverlay(String licence, String holdersOfSkill, int minimumProficiency, double share) {
    }

    public record LanguageOverlay(String language, double share, Map<String, Double> shareIfServed) {
    }

    /**
     * Realised handle time = logged time × proficiencyFactor[proficiency - 1] × (1 + carePenalty × care × (1 - empathy)).
     */
    public record HandleTime(List<Double> proficiencyFactor, double carePenalty) {
    }

    /**
     * @param serviceLevelSeconds       "answered within" threshold of the service level
     * @param highCareThreshold         care need on arrival from which a caller counts as high-care
     * @param topEmpathyShare           the top share of the roster by empathy ("top quartile": 0.25)
     * @param emotionalLoadHalfLifeMinutes how fast an agent's load from distressed callers fades
     */
    public record Measures(double serviceLevelSeconds, double highCareThreshold, double topEmpathyShare,
            double emotionalLoadHalfLifeMinutes) {
    }

    public static OverlayModel read(Path file) {
        return SimulationJson.read(file, OverlayModel.class);
    }

    /** Checks the overlay against the catalogue; names every problem at once. */
    public OverlayModel validated(Catalogue catalogue, String origin) {
        List<String> problems = new ArrayList<>();
        productMixByCallType.forEach((type, mix) -> {
            double total = mix.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(total - 1) > 1e-6) {
                problems.add("productMixByCallType." + type + " sums to " + total + ", not 1");
            }
            mix.keySet().stream().filter(code -> catalogue.find(code).isEmpty())
                    .forEach(code -> problems.add("productMixByCallType." + type + " names unknown product " + code));
            mix.keySet().stream().filter(code -> !products.containsKey(code))
                    .forEach(code -> problems.add("products has no entry for " + code));
        });
        if (!languageByCallType.containsKey("*")) {
            problems.add("languageByCallType needs a \"*\" entry for the other call types");
        }
        products.forEach((code, product) -> {
            if (catalogue.find(code).isEmpty()) {
                problems.add("products names unknown product " + code);
            }
            if (product.emotion() == null || product.amountAtStake() == null) {
                problems.add("products." + code + " needs emotion and amountAtStake");
            }
        });
        for (SkillOverlay skill : agents.skills()) {
            if (skill.proficiency() == null || skill.proficiency().size() != 5
                    || Math.abs(skill.proficiency().stream().mapToDouble(Double::doubleValue).sum() - 1) > 1e-6) {
                problems.add("agents.skills." + skill.skill() + ".proficiency needs 5 probabilities summing to 1");
            }
        }
        if (handleTime.proficiencyFactor() == null || handleTime.proficiencyFactor().size() != 5) {
            problems.add("handleTime.proficiencyFactor needs 5 factors (proficiency 1..5)");
        }
        if (!(analytics.intervalSeconds() > 0) || !(analytics.confidence() >= 0 && analytics.confidence() <= 1)) {
            problems.add("analytics needs intervalSeconds > 0 and confidence in [0,1]");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(origin + ":\n  - " + String.join("\n  - ", problems));
        }
        return this;
    }

    public String language(String callType) {
        return languageByCallType.getOrDefault(callType, languageByCallType.get("*"));
    }
}
