package org.milmove.cli;

/** A mistake the user can fix (exit code 2); its message says what is wrong and what to do, without a stack trace. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
