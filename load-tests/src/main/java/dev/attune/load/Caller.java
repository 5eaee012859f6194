package dev.attune.load;

/**
 * One caller as the ACD announces it in call.arrived: pseudonymous, with what the IVR learned.
 *
 * @param lifeEvent e.g. BEREAVEMENT; null when none
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
        String lifeEvent) {
}
