package dev.attune.configuration;

/**
 * A file in config/ that cannot be used, naming the file and the field so whoever edited it can fix it
 * without reading code: {@code config/roster.json: agents[17].empathy: must be in [0,1], was 1.3}.
 */
public class ConfigFileException extends RuntimeException {
    private final String file;
    private final String field;

    public ConfigFileException(String file, String field, String problem) {
        this(file, field, problem, null);
    }

    public ConfigFileException(String file, String field, String problem, Throwable cause) {
        super(file + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + problem, cause);
        this.file = file;
        this.field = field;
    }

    /** The file as it was named when read (a path, or a resource name). */
    public String file() {
        return file;
    }

    /** Where in the file, e.g. {@code products[2].serviceLevel.share}; empty for the whole file. */
    public String field() {
        return field;
    }
}
