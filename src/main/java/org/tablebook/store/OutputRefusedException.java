package org.tablebook.store;

import java.nio.file.Path;

/**
 * A file may not be written where it was asked to be: the path is the negotiation itself, another
 * Tablebook file, a device, a pipe or a folder. The message is a sentence for a person naming the
 * file and what to do; nothing has been written.
 */
public final class OutputRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public OutputRefusedException(Path file, String message) {
        super(message);
        this.file = file;
    }

    /** The path that was refused, as given. */
    public Path file() {
        return file;
    }
}
