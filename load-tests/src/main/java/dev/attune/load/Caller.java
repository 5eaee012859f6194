package dev.attune.load;

import dev.attune.core.domain.Channel;

/**
 * One caller as the ACD announces it in call.arrived: pseudonymous, with what the IVR learned.
 *
 * @param lifeEvent e.g. BEREAVEMENT; null when none
 * @param channel   the channel of the call (sent only when not voice, as an ACD from before channels would)
 */
public record Caller(
        String callId,
        String poolId,
        String customerId,
        String productCode,
        String language,
        int priority,
        boolean vulnerable,
        double amountAtStake,
        String lifeEvent,
        Channel channel) {

    public Caller(String callId, String poolId, String customerId, String productCode, String language, int priority,
            boolean vulnerable, double amountAtStake, String lifeEvent) {
        this(callId, poolId, customerId, productCode, language, priority, vulnerable, amountAtStake, lifeEvent,
                Channel.VOICE);
    }
}
