package org.milmove.pricing.importer;

/** The import was refused or failed and was rolled back; the message says which sheet, row and value. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
