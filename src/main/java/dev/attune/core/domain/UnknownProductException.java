package dev.attune.core.domain;

/** A call named a product the catalogue does not have. Adapters turn this into a dead letter or a 4xx. */
public class UnknownProductException extends IllegalArgumentException {
    public UnknownProductException(String code) {
        super("unknown product '" + code + "'");
    }
}
