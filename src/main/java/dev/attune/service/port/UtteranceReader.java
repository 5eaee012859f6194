package dev.attune.service.port;

import dev.attune.text.TextRead;
import dev.attune.text.Utterance;
import java.util.concurrent.CompletionStage;

/**
 * Reads one caller utterance (from an IVR or chat front end) into the router's ordinary events and sends
 * them on; completes when they are sent, with what was read. The text itself goes no further.
 */
public interface UtteranceReader {

    CompletionStage<TextRead> read(Utterance utterance);
}
