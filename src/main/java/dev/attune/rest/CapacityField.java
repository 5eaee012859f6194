package dev.attune.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code capacity} of a worker request: a whole number of voice calls (the request before channels), or
 * calls per channel as TaskRouter's worker channels and Connect's routing profiles give them:
 * {@code {"VOICE": 1, "CHAT": 3}}, channel names in any case, each 0 to 20, at least one call in all.
 * A bad value is a 400 naming {@code capacity} or {@code capacity.<channel>}.
 */
final class CapacityField {
    static final String NAME = "capacity";

    private CapacityField() {
    }

    static ChannelCounts read(JsonNode value) {
        if (value == null || value.isNull()) {
            throw new InvalidRequestException(NAME, "is required: a number of voice calls or calls per channel");
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            int calls = value.intValue();
            if (calls < 1 || calls > ChannelCounts.MOST_PER_CHANNEL) {
                throw new InvalidRequestException(NAME, "must be 1 to " + ChannelCounts.MOST_PER_CHANNEL
                        + " voice calls, was " + calls);
            }
            return ChannelCounts.of(Channel.VOICE, calls);
        }
        if (!value.isObject()) {
            throw new InvalidRequestException(NAME, "must be a whole number of voice calls or an object of calls "
                    + "per channel like {\"VOICE\": 1, \"CHAT\": 3}, was " + value);
        }
        Map<String, Integer> byName = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            byName.put(entry.getKey(), calls(entry.getKey(), entry.getValue()));
        }
        ChannelCounts capacity = ChannelCounts.named(byName);
        if (capacity.total() < 1) {
            throw new InvalidRequestException(NAME, "must allow at least one call on some channel");
        }
        return capacity;
    }

    /** The capacity as the API shows it, channel names in capitals. */
    static Map<String, Integer> view(ChannelCounts capacity) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        capacity.perChannel().forEach((channel, count) -> byName.put(channel.name(), count));
        return byName;
    }

    /** A capacity as a request value, e.g. from an imported roster line. */
    static JsonNode of(Map<String, Integer> byName) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        byName.forEach(node::put);
        return node;
    }

    private static int calls(String name, JsonNode count) {
        String field = NAME + "." + name;
        try {
            Channel.parse(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, e.getMessage());
        }
        if (!count.isIntegralNumber() || !count.canConvertToInt() || count.intValue() < 0
                || count.intValue() > ChannelCounts.MOST_PER_CHANNEL) {
            throw new InvalidRequestException(field, "must be a whole number 0 to " + ChannelCounts.MOST_PER_CHANNEL
                    + ", was " + count);
        }
        return count.intValue();
    }
}
