package org.tablebook.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file could not be opened (or created) as a Tablebook store. The message is a sentence for a
 * person: what is wrong with the file and what to do. In every case the file is left as it was.
 */
public final class StoreOpenException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the file could not be opened; the app may react to some (offer a backup, an update). */
    public enum Problem {
        /** Nothing at that path. */
        MISSING,
        /** Not a SQLite database at all (including an empty file). */
        NOT_SQLITE,
        /** A SQLite database, but another application's (or an empty one). */
        OTHER_APPLICATION,
        /** A Tablebook file from a newer version, with a schema this version does not know. */
        NEWER_VERSION,
        /** The file or its folder is read-only and something had to be written to open or create it. */
        READ_ONLY,
        /** The file fails SQLite's integrity check, or is cut short. */
        DAMAGED,
        /** The file is open in another Tablebook window or process. */
        LOCKED,
        /** An input/output error, or a file that is in the way; the message names the path and reason. */
        UNREADABLE
    }

    private final Problem problem;
    private final transient Path file;

    public StoreOpenException(Problem problem, Path file, String message) {
        this(problem, file, message, null);
    }

    public StoreOpenException(Problem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    /** The file that could not be opened. */
    public Path file() {
        return file;
    }
}
