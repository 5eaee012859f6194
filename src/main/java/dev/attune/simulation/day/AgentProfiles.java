package dev.attune.simulation.day;

import dev.attune.core.domain.AgentProfile;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import umontreal.ssj.probdist.BetaDist;
import umontreal.ssj.rng.RandomStream;

/**
 * Draws a routing profile (skills with proficiency, licences, languages, empathy) for each agent of the
 * log. Skills tied to a log call type (retirement products for stock-exchange calls, Spanish for the
 * English line) follow what the log shows each agent serving; the rest are drawn from the overlay's shares.
 * Every agent draws the same number of uniforms in the same order, so profiles are common to all policies.
 */
public final class AgentProfiles {
    private AgentProfiles() {
    }

    public static Map<String, AgentProfile> draw(List<String> agents, Map<String, Map<String, Integer>> typesServed,
            OverlayModel.AgentOverlay overlay, RandomStream stream) {
        BetaDist empathy = overlay.empathy().beta();
        Map<String, AgentProfile> profiles = new LinkedHashMap<>();
        for (String agent : agents) {
            Set<String> served = new HashSet<>();
            typesServed.getOrDefault(agent, Map.of()).forEach((type, count) -> {
                if (count >= overlay.minimumCallsOfATypeServed()) {
                    served.add(type);
                }
            });
            Map<String, Integer> skills = new TreeMap<>();
            for (OverlayModel.SkillOverlay skill : overlay.skills()) {
                double has = stream.nextDouble();
                double level = stream.nextDouble();
                if (has < share(skill.share(), skill.shareIfServed(), served)) {
                    skills.put(skill.skill(), pick(skill.proficiency(), level));
                }
            }
            Set<String> licences = new HashSet<>();
            for (OverlayModel.LicenceOverlay licence : overlay.licences()) {
                double u = stream.nextDouble();
                if (skills.getOrDefault(licence.holdersOfSkill(), 0) >= licence.minimumProficiency() && u < licence.share()) {
                    licences.add(licence.licence());
                }
            }
            Set<String> languages = new HashSet<>();
            for (OverlayModel.LanguageOverlay language : overlay.languages()) {
                if (stream.nextDouble() < share(language.share(), language.shareIfServed(), served)) {
                    languages.add(language.language());
                }
            }
            double score = Math.round(empathy.inverseF(stream.nextDouble()) * 100) / 100.0;
            profiles.put(agent, new AgentProfile(agent, ReplayContext.POOL, agent, skills, languages, licences,
                    Math.max(0, Math.min(1, score)), 1));
        }
        return profiles;
    }

    private static double share(double base, Map<String, Double> ifServed, Set<String> served) {
        double share = base;
        if (ifServed != null) {
            for (Map.Entry<String, Double> entry : ifServed.entrySet()) {
                if (served.contains(entry.getKey())) {
                    share = Math.max(share, entry.getValue());
                }
            }
        }
        return share;
    }

    /** Proficiency 1..5 from its probabilities. */
    private static int pick(List<Double> probabilities, double u) {
        double cumulative = 0;
        for (int i = 0; i < probabilities.size(); i++) {
            cumulative += probabilities.get(i);
            if (u < cumulative) {
                return i + 1;
            }
        }
        return probabilities.size();
    }
}
