package org.tablebook.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/**
 * The schema's history as numbered SQL resources under {@code migrations/}, applied in order by
 * {@code PRAGMA user_version}. Each runs in one transaction together with its version bump (and,
 * on a new file, the application id), so a file is always at exactly one version.
 *
 * <p>Foreign keys are off while a migration runs, as SQLite's procedure for altering tables asks,
 * and {@code PRAGMA foreign_key_check} must come back empty before it commits.
 */
final class Migrations {
    /** Register each new script here: V002__..., V003__... The test checks the numbering. */
    static final List<Migration> ALL = List.of(new Migration(1, "V001__schema.sql"),
            new Migration(2, "V002__undo_links.sql"), new Migration(3, "V003__sidebar_start.sql"),
            new Migration(4, "V004__costing.sql"), new Migration(6, "V006__rules.sql"),
            new Migration(7, "V007__contract.sql"));

    private Migrations() {
    }

    /** One numbered script. */
    record Migration(int version, String resource) {
        String sql() {
            try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("The migration " + resource + " is missing from the application");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    /** Brings the file up to the latest version; returns the version it was at. */
    static int migrate(Sql sql) throws SQLException {
        return migrate(sql, ALL);
    }

    static int migrate(Sql sql, List<Migration> migrations) throws SQLException {
        int from = Integer.parseInt(sql.pragma("user_version"));
        boolean pending = migrations.stream().anyMatch(m -> m.version() > from);
        if (!pending) {
            return from;
        }
        sql.execute("PRAGMA foreign_keys = OFF");
        try {
            for (Migration m : migrations) {
                if (m.version() <= from) {
                    continue;
                }
                sql.execute("BEGIN IMMEDIATE");
                try {
                    if (Integer.parseInt(sql.pragma("application_id")) == 0) {
                        sql.execute("PRAGMA application_id = " + TablebookStore.APPLICATION_ID);
                    }
                    sql.script(m.sql());
                    String violation = sql.pragma("foreign_key_check");
                    if (violation != null) {
                        throw new SQLException("Migration " + m.resource() + " leaves records pointing at missing ones ("
                                + violation + ")");
                    }
                    sql.execute("PRAGMA user_version = " + m.version());
                    sql.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(sql, e);
                    throw e;
                }
            }
        } finally {
            sql.execute("PRAGMA foreign_keys = ON");
        }
        return from;
    }

    /** Rolls back after a failure; one that SQLite already rolled back needs nothing more. */
    static void rollbackQuietly(Sql sql, Throwable cause) {
        try {
            sql.execute("ROLLBACK");
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(e);
            }
        }
    }
}
