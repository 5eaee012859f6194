package dev.attune.rest;

/** What an id in a path or body may look like: short, printable, safe in URLs and Kafka keys. */
final class Ids {
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    static final String MESSAGE = "must be 1-64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    private Ids() {
    }
}
