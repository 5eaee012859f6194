package dev.attune.core.domain;

import java.util.Locale;

/**
 * How a customer reaches the centre. An agent has a capacity per channel (see {@link ChannelCounts}), as
 * Amazon Connect's routing-profile channel concurrency and Twilio TaskRouter's worker channels do; a call
 * without a channel is a voice call, which is what every ACD sent before channels were routed.
 */
public enum Channel {
    VOICE,
    CHAT,
    EMAIL,
    CALLBACK;

    /** The channel named {@code name} in any case ("chat", "CHAT"); null for null or blank (a voice call). */
    public static Channel parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown channel '" + name
                    + "' (channels: VOICE, CHAT, EMAIL, CALLBACK)");
        }
    }
}
