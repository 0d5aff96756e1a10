package org.tablebook.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A value in the file that no version of Tablebook writes (a 30th of February, a status that does
 * not exist), found while reading. The message names the table, the row and the column, and what
 * the value should be, so the damage can be found; it is shown as the file's problem, never as
 * the problem of whatever was being done with it.
 */
final class BadValueException extends SQLException {
    private static final long serialVersionUID = 1L;

    BadValueException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A column's value that cannot be read as its type: {@code what} says what it should be. */
    static BadValueException of(ResultSet rs, int column, String value, String what, Throwable cause) {
        return new BadValueException(place(rs, column) + " holds \"" + value + "\", which is not " + what + ".", cause);
    }

    /** A column's value that cannot be read as its type, in the row of {@code table} with {@code id} ("" unknown). */
    static BadValueException of(String table, String column, String id, String value, String what, Throwable cause) {
        return new BadValueException(place(table, column, id) + " holds \"" + value + "\", which is not " + what + ".",
                cause);
    }

    /** A row whose values, read one by one, make no valid record. */
    static BadValueException ofRow(ResultSet rs, String problem, Throwable cause) {
        return new BadValueException(place(rs, 0) + " is not a valid record: " + problem, cause);
    }

    /** A row of {@code table} with {@code id} ("" unknown) whose values make no valid record. */
    static BadValueException ofRow(String table, String id, String problem, Throwable cause) {
        return new BadValueException(place(table, "", id) + " is not a valid record: " + problem, cause);
    }

    /** "the column due_on of the compliance_item row 9f2c…", as far as the result set can tell. */
    private static String place(ResultSet rs, int column) {
        String table = "";
        String name = "";
        String id = "";
        try {
            var meta = rs.getMetaData();
            table = meta.getTableName(Math.max(column, 1));
            name = column > 0 ? meta.getColumnName(column) : "";
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (meta.getColumnName(i).equalsIgnoreCase("id")) {
                    id = rs.getString(i);
                }
            }
        } catch (SQLException e) {
            // The place stays vaguer; the value and what is wrong with it are still said.
        }
        return place(table, name, id);
    }

    private static String place(String table, String name, String id) {
        String row = (table == null || table.isEmpty() ? "a row" : "the " + table + " row")
                + (id == null || id.isEmpty() ? "" : " " + id);
        return name.isEmpty() ? capitalize(row) : "The field " + name + " of " + row;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
