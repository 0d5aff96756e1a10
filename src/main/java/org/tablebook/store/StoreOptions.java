package org.tablebook.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How a store behaves around its file.
 *
 * @param clock where every audit time and backup name comes from
 * @param backupDir where the rolling backups made before each writable open go
 * @param backupsKept how many backups of one file are kept, newest first; at least 1
 */
public record StoreOptions(Clock clock, Path backupDir, int backupsKept) {
    public static final int DEFAULT_BACKUPS_KEPT = 10;

    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(backupDir, "backupDir");
        if (backupsKept < 1) {
            throw new IllegalArgumentException("Keep at least one backup (backupsKept is " + backupsKept + ").");
        }
    }

    public static StoreOptions defaults(Clock clock, Path backupDir) {
        return new StoreOptions(clock, backupDir, DEFAULT_BACKUPS_KEPT);
    }
}
