package org.milmove.pricing.dump;

/** A dump that cannot be made as asked; the message says why and what to do, and never holds connection secrets. */
public class DumpException extends RuntimeException {
    public DumpException(String message) {
        super(message);
    }

    public DumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
