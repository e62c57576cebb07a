package org.milmove.pricing.importer;

/** A cell text that a conversion rule rejects; the caller adds the sheet and row. */
final class BadValueException extends IllegalArgumentException {
    BadValueException(String message) {
        super(message);
    }
}
