package org.tablebook.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** For tests in other packages: what SQLite says about a store's own connection, and old files. */
public final class StoreProbe {
    private StoreProbe() {
    }

    /** {@code PRAGMA name} on the connection the store reads and writes through. */
    public static String pragma(TablebookStore store, String name) {
        return store.read(sql -> sql.pragma(name));
    }

    /** The synchronous level and journal mode, as "synchronous=2 journal_mode=wal". */
    public static String durability(TablebookStore store) {
        return "synchronous=" + pragma(store, "synchronous") + " journal_mode=" + pragma(store, "journal_mode");
    }

    /**
     * Turns a closed file of the current schema into one of schema 1, as an older Tablebook wrote
     * it: what later migrations added (tables, columns and the indexes on them) goes, whatever
     * migrations exist by now, and the version number says 1.
     */
    public static void downgradeToSchemaOne(Path file) throws Exception {
        Map<String, Set<String>> one = Schemas.expected(1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toUri().getRawPath());
                Statement s = c.createStatement()) {
            for (String table : strings(s, "SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite%'")) {
                if (!one.containsKey(table)) {
                    s.execute("DROP TABLE " + table);
                    continue;
                }
                for (String column : strings(s, "SELECT name FROM pragma_table_info('" + table + "')")) {
                    if (one.get(table).contains(column)) {
                        continue;
                    }
                    for (String index : strings(s, "SELECT il.name FROM pragma_index_list('" + table + "') il "
                            + "WHERE il.origin = 'c' AND EXISTS (SELECT 1 FROM pragma_index_info(il.name) ii "
                            + "WHERE ii.name = '" + column + "')")) {
                        s.execute("DROP INDEX " + index);
                    }
                    s.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
                }
            }
            // And the indexes later versions added on columns version 1 already had.
            Set<String> oneIndexes = indexesOfSchemaOne();
            for (String index : strings(s, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")) {
                if (!oneIndexes.contains(index)) {
                    s.execute("DROP INDEX " + index);
                }
            }
            s.execute("PRAGMA user_version = 1");
        }
    }

    private static Set<String> indexesOfSchemaOne() throws Exception {
        String sql;
        try (var in = StoreProbe.class.getResourceAsStream("/org/tablebook/store/migrations/V001__schema.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Set<String> names = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("CREATE (?:UNIQUE )?INDEX (\\w+)").matcher(sql);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<String> strings(Statement s, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
