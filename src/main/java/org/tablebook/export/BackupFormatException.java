package org.tablebook.export;

import java.io.IOException;

/**
 * A backup file that cannot be imported. The message names the place (record kind, index, id and
 * field, or line and column for broken JSON) and what is wrong there, so a person can fix the file.
 */
public final class BackupFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String location;
    private final String problem;

    /**
     * @param location where the problem is, e.g. {@code demands[3] (id 9f2c…), field status}; null for the file as a whole
     * @param problem what is wrong, as a sentence
     */
    public BackupFormatException(String location, String problem) {
        super(location == null ? problem : location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    BackupFormatException(String location, String problem, Throwable cause) {
        this(location, problem);
        initCause(cause);
    }

    /** Where in the file the problem is, or null when it concerns the file as a whole. */
    public String location() {
        return location;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
