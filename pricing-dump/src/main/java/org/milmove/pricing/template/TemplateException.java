package org.milmove.pricing.template;

/** The workbook cannot be read or does not have the expected layout; the message says where and what. */
public class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
