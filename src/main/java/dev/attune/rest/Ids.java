package dev.attune.rest;

/** What an id in a path or body may look like: short, printable, safe in URLs and Kafka keys. */
final class Ids {
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    static final String MESSAGE = "must be 1-64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";
    /** ACDs' call and customer ids run longer (the event contract allows 128 characters). */
    static final String CALL_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}";
    static final String CALL_MESSAGE = "must be 1-128 letters, digits, '.', '_', ':', '@' or '-', starting with a letter or digit";
    /**
     * A filter or look-up value in a query: no id is longer (the journal stores ids up to 128 characters), so a
     * longer one can match nothing and is refused rather than carried through a query.
     */
    static final int MAX_QUERY_VALUE = 128;
    static final String LANGUAGE_PATTERN = "[a-z]{2,3}(-[A-Z]{2})?";
    static final String LANGUAGE_MESSAGE = "must be a language code such as en, es or fr-CA";

    private Ids() {
    }
}
