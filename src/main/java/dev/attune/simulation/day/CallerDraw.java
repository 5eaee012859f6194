package dev.attune.simulation.day;

import dev.attune.core.domain.Channel;
import dev.attune.core.domain.Product;
import dev.attune.simulation.trace.LoggedCall;

/**
 * Everything random about one caller, drawn once per replication before any policy runs, so every policy
 * meets the same callers (common random numbers). Immutable; a {@link Caller} is made from it per run.
 *
 * @param arrival        simulated seconds since the log's first midnight
 * @param emotion        anxiety, frustration, anger, confusion on arrival
 * @param patience       seconds the caller will wait (the observed wait for a log abandonment)
 * @param serviceTime    seconds a reference (proficiency 3, unstrained) agent needs: the logged time, or one
 *                       drawn from the same call type's logged times when the caller abandoned in the log
 * @param noiseSeed      seeds the analytics' errors on this caller's emotion estimates
 * @param resolveUniform decides resolution against the outcome model's probability
 * @param complaintUniform decides a complaint
 * @param endNoise       a standard normal for the emotion at the end of the call
 * @param afterCallUniform picks the serving agent's unavailable time after this call from the capacity model
 * @param channel        voice in a log replay; a mixed-channel day ({@link ChannelMix}) draws it
 */
public record CallerDraw(
        long id,
        LoggedCall logged,
        double arrival,
        Product product,
        String language,
        boolean highPriority,
        boolean vulnerable,
        double amountAtStake,
        String lifeEvent,
        double[] emotion,
        double patience,
        double serviceTime,
        long noiseSeed,
        double resolveUniform,
        double complaintUniform,
        double endNoise,
        double afterCallUniform,
        Channel channel) {

    /** This caller on another channel, needing another service time and with another patience. */
    public CallerDraw onChannel(Channel newChannel, double newServiceTime, double newPatience) {
        return new CallerDraw(id, logged, arrival, product, language, highPriority, vulnerable, amountAtStake,
                lifeEvent, emotion, newPatience, newServiceTime, noiseSeed, resolveUniform, complaintUniform, endNoise,
                afterCallUniform, newChannel);
    }
}
