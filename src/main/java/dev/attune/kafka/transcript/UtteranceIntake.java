package dev.attune.kafka.transcript;

import dev.attune.service.port.UtteranceReader;
import dev.attune.text.TextRead;
import dev.attune.text.Utterance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** Utterances that arrive over REST, read as the transcript topic's are and published to the same topics. */
@ApplicationScoped
public class UtteranceIntake implements UtteranceReader {
    @Inject
    TranscriptReader reader;
    @Inject
    TextPublisher publisher;

    @Override
    public CompletionStage<TextRead> read(Utterance utterance) {
        TextRead read = reader.read(utterance);
        return publisher.publish(read.events()).thenApply(sent -> read);
    }
}
