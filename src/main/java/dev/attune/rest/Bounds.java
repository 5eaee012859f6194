package dev.attune.rest;

/**
 * Limits on what a request may ask for, far above anything a real contact centre needs (docs/api.md lists
 * them): they exist so that one request cannot make the router hold or score absurd amounts, not to
 * constrain a roster. The Kafka event schemas use the same numbers.
 */
public final class Bounds {
    /** Skills of one agent (a real catalogue has tens of products). */
    public static final int MAX_SKILLS = 100;
    /** Languages one agent speaks. */
    public static final int MAX_LANGUAGES = 20;
    /** Licences one agent holds. */
    public static final int MAX_LICENCES = 50;
    /** A constraint weight: the shipped weights are 1 to 10; weights multiply scores, so a huge one overflows them. */
    public static final long MAX_WEIGHT = 10_000;
    /** Weights in one change or what-if: there are a few tens of constraints. */
    public static final int MAX_WEIGHT_ENTRIES = 100;
    /** Amount at stake on one call, in the account's currency. */
    public static final String MAX_AMOUNT = "1000000000000";

    private Bounds() {
    }
}
