package dev.attune.configuration;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a config file into a JSON tree, reporting syntax errors with the file, line and column. */
final class ConfigJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ConfigJson() {
    }

    static ConfigNode read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigFileException(name, "", "file not found (working directory " + Path.of("").toAbsolutePath() + ")", e);
        } catch (IOException e) {
            throw new ConfigFileException(name, "", "cannot read: " + e.getMessage(), e);
        }
        return parse(text, name);
    }

    static ConfigNode parse(String text, String name) {
        try {
            JsonNode tree = MAPPER.readTree(text);
            return ConfigNode.root(name, tree);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigFileException(name, "", "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }
}
