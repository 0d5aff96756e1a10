package org.tablebook.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables and columns of each schema version, as the migrations make them, and those of a
 * file: how a file is recognised as a Tablebook file before anything is written into it, and how
 * a file missing a table (or a column) is found damaged rather than failing on its first write.
 */
final class Schemas {
    private static final Map<Integer, Map<String, Set<String>>> EXPECTED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** Each table's column names, tables by name; SQLite's own tables left out. */
    static Map<String, Set<String>> of(Sql sql) throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        for (String name : sql.list("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                Sql.Row::text)) {
            tables.put(name, new TreeSet<>(sql.list("SELECT name FROM pragma_table_info(?)", Sql.Row::text, name)));
        }
        return tables;
    }

    /** The schema a file of {@code version} has: the migrations up to it, run on an empty database. */
    static Map<String, Set<String>> expected(int version) throws SQLException {
        Map<String, Set<String>> known = EXPECTED.get(version);
        if (known != null) {
            return known;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Sql sql = new Sql(c)) {
            for (Migrations.Migration m : Migrations.ALL) {
                if (m.version() <= version) {
                    sql.script(m.sql());
                }
            }
            Map<String, Set<String>> schema = Map.copyOf(of(sql));
            EXPECTED.put(version, schema);
            return schema;
        }
    }

    /** What is missing or foreign in {@code actual}, in words; null when it is as expected. */
    static String difference(Map<String, Set<String>> expected, Map<String, Set<String>> actual) {
        Set<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        if (!missing.isEmpty()) {
            return (missing.size() == 1 ? "its table " : "its tables ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing";
        }
        Set<String> extra = new TreeSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        if (!extra.isEmpty()) {
            return "it holds tables Tablebook does not make (" + String.join(", ", extra) + ")";
        }
        for (Map.Entry<String, Set<String>> table : expected.entrySet()) {
            Set<String> lacking = new TreeSet<>(table.getValue());
            lacking.removeAll(actual.get(table.getKey()));
            if (!lacking.isEmpty()) {
                return "its table " + table.getKey() + " lacks the column" + (lacking.size() == 1 ? " " : "s ")
                        + String.join(", ", lacking);
            }
            Set<String> foreign = new TreeSet<>(actual.get(table.getKey()));
            foreign.removeAll(table.getValue());
            if (!foreign.isEmpty()) {
                return "its table " + table.getKey() + " has columns Tablebook does not make ("
                        + String.join(", ", foreign) + ")";
            }
        }
        return null;
    }
}
