package dev.attune.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Reads and writes a {@link TextModel} as one gzip-compressed binary file (format version 1). */
public final class TextModelFile {
    private static final int MAGIC = 0x41545458; // "ATTX"
    private static final int VERSION = 1;

    private TextModelFile() {
    }

    public static void write(TextModel model, OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeVocabulary(out, model.emotionVocabulary());
            out.writeInt(model.groups().size());
            for (EmotionGroup group : model.groups()) {
                out.writeUTF(group.name());
                out.writeDouble(group.calibration().slope());
                out.writeDouble(group.calibration().intercept());
                out.writeDouble(group.threshold());
                out.writeDouble(group.valence());
                out.writeDouble(group.arousal());
            }
            writeLayer(out, model.emotionLayer());
            out.writeDouble(model.confidence().slope());
            out.writeDouble(model.confidence().intercept());
            writeVocabulary(out, model.intentVocabulary());
            out.writeInt(model.intents().size());
            for (String intent : model.intents()) {
                out.writeUTF(intent);
            }
            writeLayer(out, model.intentLayer());
            out.writeDouble(model.intentConfidence().slope());
            out.writeDouble(model.intentConfidence().intercept());
        }
    }

    public static TextModel read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not an Attune text model of format version " + VERSION);
            }
            Vocabulary emotionVocabulary = readVocabulary(in);
            int groupCount = in.readInt();
            List<EmotionGroup> groups = new ArrayList<>(groupCount);
            for (int g = 0; g < groupCount; g++) {
                String name = in.readUTF();
                Platt calibration = new Platt(in.readDouble(), in.readDouble());
                groups.add(new EmotionGroup(name, calibration, in.readDouble(), in.readDouble(), in.readDouble()));
            }
            LinearLayer emotionLayer = readLayer(in);
            Platt confidence = new Platt(in.readDouble(), in.readDouble());
            Vocabulary intentVocabulary = readVocabulary(in);
            int intentCount = in.readInt();
            List<String> intents = new ArrayList<>(intentCount);
            for (int i = 0; i < intentCount; i++) {
                intents.add(in.readUTF());
            }
            LinearLayer intentLayer = readLayer(in);
            return new TextModel(emotionVocabulary, groups, emotionLayer, confidence, intentVocabulary, intents,
                    intentLayer, new Platt(in.readDouble(), in.readDouble()));
        }
    }

    private static void writeVocabulary(DataOutputStream out, Vocabulary vocabulary) throws IOException {
        out.writeBoolean(vocabulary.characters());
        out.writeInt(vocabulary.size());
        for (int i = 0; i < vocabulary.size(); i++) {
            out.writeUTF(vocabulary.name(i));
            out.writeFloat(vocabulary.idf(i));
        }
    }

    private static Vocabulary readVocabulary(DataInputStream in) throws IOException {
        boolean characters = in.readBoolean();
        int size = in.readInt();
        String[] names = new String[size];
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            names[i] = in.readUTF();
            idf[i] = in.readFloat();
        }
        return new Vocabulary(names, idf, characters);
    }

    private static void writeLayer(DataOutputStream out, LinearLayer layer) throws IOException {
        out.writeInt(layer.outputs());
        out.writeInt(layer.features());
        for (int o = 0; o < layer.outputs(); o++) {
            out.writeFloat(layer.scales()[o]);
            out.writeFloat(layer.bias()[o]);
        }
        for (short w : layer.weights()) {
            out.writeShort(w);
        }
    }

    private static LinearLayer readLayer(DataInputStream in) throws IOException {
        int outputs = in.readInt();
        int features = in.readInt();
        float[] scales = new float[outputs];
        float[] bias = new float[outputs];
        for (int o = 0; o < outputs; o++) {
            scales[o] = in.readFloat();
            bias[o] = in.readFloat();
        }
        short[] weights = new short[outputs * features];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.readShort();
        }
        return new LinearLayer(outputs, weights, scales, bias);
    }
}
