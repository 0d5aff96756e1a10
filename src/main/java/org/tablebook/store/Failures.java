package org.tablebook.store;

import java.sql.SQLException;

import org.sqlite.SQLiteException;
import org.tablebook.domain.Check;
import org.tablebook.domain.Entity;
import org.tablebook.domain.ValidationException;

/** Turns SQLite's errors into messages for a person. */
final class Failures {
    private Failures() {
    }

    /** SQLite's (extended) result code name, such as SQLITE_CONSTRAINT_FOREIGNKEY; "" when unknown. */
    static String code(SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() != null) {
            return s.getResultCode().name();
        }
        return "";
    }

    /** Why the database refused, in words, ending with what to do. */
    static String reason(SQLException e) {
        if (e instanceof BadValueException) {
            return Check.phrase("store.failure.badValue", e.getMessage());
        }
        String code = code(e);
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (code.startsWith("SQLITE_FULL")) {
            return Check.phrase("store.failure.full");
        }
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            return Check.phrase("store.failure.busy");
        }
        if (code.startsWith("SQLITE_READONLY")) {
            return Check.phrase("store.failure.readOnly");
        }
        if (code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_CANTOPEN")) {
            return Check.phrase("store.failure.io", detail);
        }
        if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) {
            return Check.phrase("store.failure.damaged");
        }
        return Check.phrase("store.failure.other", detail);
    }

    /**
     * A failed insert or update: a constraint the person can trip becomes a
     * {@link ValidationException} naming the field; anything else a {@link StoreException}.
     */
    static <E extends Entity> RuntimeException onWrite(SQLException x, Sql sql, Table<E> table, E e, String label) {
        String code = code(x);
        String what = table.kind.inSentence();
        if (code.equals("SQLITE_CONSTRAINT_PRIMARYKEY")) {
            return Check.refusal("id", "store.duplicateId", what, e.id());
        }
        if (code.equals("SQLITE_CONSTRAINT_UNIQUE")) {
            return table.duplicate(e);
        }
        if (code.equals("SQLITE_CONSTRAINT_FOREIGNKEY")) {
            try {
                for (Table.Reference ref : table.references(e)) {
                    if (sql.count("SELECT count(*) FROM " + ref.table() + " WHERE id = ?", ref.id()) == 0) {
                        return Check.refusal(ref.field(), "store.missingReference", what, ref.kind().inSentence());
                    }
                }
            } catch (SQLException again) {
                x.addSuppressed(again);
            }
            return Check.refusal("id", "store.missingRecord", what);
        }
        return notSaved(label, x);
    }

    /** A failed delete; the reasons a person can cause are checked before it, so this is a fallback. */
    static RuntimeException onDelete(SQLException x, String label) {
        if (code(x).equals("SQLITE_CONSTRAINT_FOREIGNKEY")) {
            return Check.refusal("id", "store.stillPointedAt");
        }
        return notSaved(label, x);
    }

    /** "The change "Log a pass" was not saved: the disk is full. ..." */
    static StoreException notSaved(String label, SQLException x) {
        return new StoreException(Check.words("store.notSaved", label, reason(x)), x);
    }
}
