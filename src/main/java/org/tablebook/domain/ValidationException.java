package org.tablebook.domain;

/**
 * A value a person entered breaks a rule of the domain. The message is written for that person:
 * it says what is wrong and how to put it right. {@link #field()} names the record component,
 * so a form can show the message next to the field that caused it.
 */
public final class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
