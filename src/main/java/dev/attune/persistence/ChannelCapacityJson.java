package dev.attune.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import java.io.IOException;
import java.util.Map;

/**
 * An agent's capacity per channel as stored: {@code {"VOICE": 1, "CHAT": 3}} in the agent's
 * {@code channel_capacity} column and in audit rows. Audit rows written before channels were routed hold a
 * bare number, which reads as that many voice calls.
 */
final class ChannelCapacityJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Integer>> BY_NAME = new TypeReference<>() {
    };

    private ChannelCapacityJson() {
    }

    static String write(ChannelCounts capacity) {
        try {
            return JSON.writeValueAsString(byName(capacity));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write capacity " + capacity, e);
        }
    }

    /** The stored capacity; an empty column (a row from before channels) is {@code voiceCalls} voice calls. */
    static ChannelCounts read(String column, int voiceCalls) {
        try {
            Map<String, Integer> byName = column == null ? Map.of() : JSON.readValue(column, BY_NAME);
            return byName.isEmpty() ? ChannelCounts.of(Channel.VOICE, voiceCalls) : ChannelCounts.named(byName);
        } catch (IOException e) {
            throw new IllegalStateException("stored channel capacity is not an object of channel to calls", e);
        }
    }

    /** Reads and writes {@link ChannelCounts} inside audited profiles. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("channel-capacity");
        module.addSerializer(ChannelCounts.class, new JsonSerializer<>() {
            @Override
            public void serialize(ChannelCounts value, JsonGenerator out, SerializerProvider provider)
                    throws IOException {
                out.writeObject(byName(value));
            }
        });
        module.addDeserializer(ChannelCounts.class, new JsonDeserializer<>() {
            @Override
            public ChannelCounts deserialize(JsonParser in, DeserializationContext context) throws IOException {
                JsonNode node = in.readValueAsTree();
                return node.isNumber() ? ChannelCounts.of(Channel.VOICE, node.intValue())
                        : ChannelCounts.named(JSON.convertValue(node, BY_NAME));
            }
        });
        return module;
    }

    private static Map<String, Integer> byName(ChannelCounts capacity) {
        Map<String, Integer> byName = new java.util.LinkedHashMap<>();
        capacity.perChannel().forEach((channel, count) -> byName.put(channel.name(), count));
        return byName;
    }
}
