package org.tablebook.store;

/**
 * The store could not do what was asked for a reason that is not the person's input: the disk is
 * full, the file became unreadable, the store is read-only or closed. The message says so in a
 * sentence a person can act on; the cause keeps the technical detail.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
