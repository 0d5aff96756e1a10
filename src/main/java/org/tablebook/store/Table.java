package org.tablebook.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.tablebook.domain.Check;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.ValidationException;

/**
 * The SQL of one entity table, in one place: its columns, how a record becomes a row and back, the
 * list tables it owns, and who points at its rows. Lists come back in creation order (then in
 * insertion order for records created at the same instant).
 */
abstract class Table<T extends Entity> {
    final EntityKind kind;
    final Class<T> type;
    final String name;
    private final List<JoinList<T>> joins;
    private final String insert;
    private final String update;
    private final String delete;
    private final String selectAll;
    private final Sql.Whole selectInRowOrder;
    private final Sql.Whole selectRowids;
    private final String selectOne;
    private final String exists;

    Table(EntityKind kind, Class<T> type, String name, List<String> columns, List<JoinList<T>> joins) {
        if (!columns.get(0).equals("id")) {
            throw new IllegalArgumentException("The id column comes first");
        }
        this.kind = kind;
        this.type = type;
        this.name = name;
        this.joins = List.copyOf(joins);
        String cols = String.join(", ", columns);
        this.insert = "INSERT INTO " + name + " (" + cols + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        this.update = "UPDATE " + name + " SET " + String.join(" = ?, ", columns.subList(1, columns.size()))
                + " = ? WHERE id = ?";
        this.delete = "DELETE FROM " + name + " WHERE id = ?";
        this.selectAll = "SELECT " + cols + " FROM " + name + " ORDER BY created_at, rowid";
        // Rowid order is the table's own order: SQLite reads it without sorting whole rows (long texts
        // and all) in a temporary tree, which was a third of reading a large file.
        this.selectInRowOrder = Sql.Whole.of(name, columns, "ORDER BY rowid");
        this.selectRowids = Sql.Whole.of(name, columns, "WHERE rowid >= ? AND rowid < ? ORDER BY rowid");
        this.selectOne = "SELECT " + cols + " FROM " + name + " WHERE id = ?";
        this.exists = "SELECT count(*) FROM " + name + " WHERE id = ?";
    }

    /** The column values of a record, in column order, id first. */
    abstract Object[] values(T e);

    /** A record from a row in column order; {@code lists} holds its list tables' members. */
    abstract T read(Sql.Row row, Lists lists) throws SQLException;

    /** What points at a row of this table and so keeps it from being deleted. */
    List<Usage> usages() {
        return List.of();
    }

    /** The records this one points at, to say which one is missing when a foreign key fails. */
    List<Reference> references(T e) {
        return List.of();
    }

    /** How a person recognizes the record in a message: "Dana Reyes", "Demand U-12". */
    abstract String describe(Sql sql, T e) throws SQLException;

    /** What to do instead of deleting a record that is still in use. */
    abstract String instead();

    /** The message when a unique column other than the id repeats. */
    ValidationException duplicate(T e) {
        return Check.refusal("id", "store.duplicate", kind.inSentence());
    }

    /** Refuses the deletion, saying why, when other records still point at this one. */
    void checkDeletable(Sql sql, T e) throws SQLException {
        List<String[]> uses = new ArrayList<>();
        for (Usage u : usages()) {
            long n = sql.count(u.countSql(), e.id());
            if (n > 0) {
                uses.add(new String[] {Check.phrase(u.verbKey()), Check.phrase(u.countKey(), n)});
            }
        }
        if (!uses.isEmpty()) {
            throw Check.refusal("id", "store.inUse", describe(sql, e), phrase(uses), instead());
        }
    }

    /** "appears in 2 table sessions and 1 sidebar, and gave 1 report-back". */
    private static String phrase(List<String[]> uses) {
        Map<String, List<String>> byVerb = new LinkedHashMap<>();
        for (String[] u : uses) {
            byVerb.computeIfAbsent(u[0], v -> new ArrayList<>()).add(u[1]);
        }
        List<String> groups = new ArrayList<>();
        byVerb.forEach((verb, objects) -> groups.add(verb + " " + and(objects, "store.list.and")));
        return and(groups, "store.list.andGroups");
    }

    /** "a, b and c" ({@code key} writes the last two: "{0} and {1}", or "{0}, and {1}" between groups). */
    private static String and(List<String> items, String key) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return Check.phrase(key, String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    final void insert(Sql sql, T e) throws SQLException {
        sql.update(insert, values(e));
        for (JoinList<T> j : joins) {
            j.write(sql, e);
        }
    }

    /** False when there is no row with the record's id. */
    final boolean update(Sql sql, T e) throws SQLException {
        Object[] v = values(e);
        Object[] args = Arrays.copyOf(Arrays.copyOfRange(v, 1, v.length), v.length);
        args[v.length - 1] = v[0];
        if (sql.update(update, args) == 0) {
            return false;
        }
        for (JoinList<T> j : joins) {
            j.replace(sql, e);
        }
        return true;
    }

    /** List rows go with the record (ON DELETE CASCADE). */
    final boolean delete(Sql sql, String id) throws SQLException {
        return sql.update(delete, id) > 0;
    }

    final boolean exists(Sql sql, String id) throws SQLException {
        return sql.count(exists, id) > 0;
    }

    final Optional<T> find(Sql sql, String id) throws SQLException {
        Lists lists = new Lists(joins.size());
        for (int i = 0; i < joins.size(); i++) {
            lists.byOwner.get(i).put(id, joins.get(i).membersOf(sql, id));
        }
        return sql.one(selectOne, row -> readChecked(row, lists), id);
    }

    /** Every record, in creation order (then in insertion order for records created at the same instant). */
    final List<T> list(Sql sql) throws SQLException {
        return joinedInCreationOrder(List.of(rowids(sql, selectInRowOrder)));
    }

    /**
     * The records whose rowid is at least {@code from} and below {@code to}, in rowid order: parts
     * of a table read apart, then put together with {@link #joinedInCreationOrder}.
     */
    final Rows<T> rowids(Sql sql, long from, long to) throws SQLException {
        return rowids(sql, selectRowids, from, to);
    }

    private Rows<T> rowids(Sql sql, Sql.Whole select, Object... args) throws SQLException {
        Lists lists = new Lists(joins.size());
        for (int i = 0; i < joins.size(); i++) {
            lists.byOwner.set(i, joins.get(i).all(sql));
        }
        // Whether the rows come in creation order is seen as each is read, while it is at hand: looking
        // through 20,000 records again afterwards went to memory for each one.
        OrderSeen seen = new OrderSeen();
        List<T> records = sql.list(select, row -> {
            T r = readChecked(row, lists);
            seen.next(r.createdAt());
            return r;
        }, args);
        return new Rows<>(records, seen.ordered);
    }

    /**
     * Records read in rowid order.
     *
     * @param ordered how many came in creation order before the first that did not; -1 when all did
     */
    record Rows<T>(List<T> records, int ordered) {
    }

    /** Parts of a table read in rowid order, one after the other, as one list in creation order. */
    static <T extends Entity> List<T> joinedInCreationOrder(List<Rows<T>> parts) {
        if (parts.size() == 1 && parts.get(0).ordered() < 0) {
            return parts.get(0).records();
        }
        List<T> all = new ArrayList<>();
        int ordered = -1;
        Instant last = null;
        for (Rows<T> part : parts) {
            List<T> records = part.records();
            if (ordered < 0 && !records.isEmpty()) {
                if (last != null && last.isAfter(records.get(0).createdAt())) {
                    ordered = all.size();
                } else if (part.ordered() >= 0) {
                    ordered = all.size() + part.ordered();
                } else {
                    last = records.get(records.size() - 1).createdAt();
                }
            }
            all.addAll(records);
        }
        return ordered < 0 ? all : inCreationOrder(all, ordered);
    }

    /** How many records, read in rowid order, came in creation order before the first that did not. */
    private static final class OrderSeen {
        private Instant last;
        private int count;
        /** -1 while every record so far came in order. */
        private int ordered = -1;

        void next(Instant createdAt) {
            if (ordered < 0 && last != null && last.isAfter(createdAt)) {
                ordered = count;
            }
            last = createdAt;
            count++;
        }
    }

    /**
     * Records read in rowid order put in creation order, ties kept in rowid order (the sort is
     * stable): the order of {@code ORDER BY created_at, rowid}. Rows are mostly inserted as they are
     * created, so the list is usually in order already and is only looked through. When it is not
     * (records an undo put back come last with their old times), the part in order up to the
     * first record out of order stays as it is and the rest is sorted and merged into it: sorting
     * the stress file's 20,000 passes whole for the 56 of them out of order took a tenth of its read
     * once warm, a fifth in a young JVM.
     */
    static <T extends Entity> List<T> inCreationOrder(List<T> records) {
        int n = records.size();
        int ordered = 1;
        while (ordered < n && !records.get(ordered - 1).createdAt().isAfter(records.get(ordered).createdAt())) {
            ordered++;
        }
        return ordered >= n ? records : inCreationOrder(records, ordered);
    }

    /** {@link #inCreationOrder(List)} when the first {@code ordered} records are known to be in order. */
    private static <T extends Entity> List<T> inCreationOrder(List<T> records, int ordered) {
        int n = records.size();
        List<T> rest = new ArrayList<>(records.subList(ordered, n));
        rest.sort(java.util.Comparator.comparing(Entity::createdAt));
        List<T> merged = new ArrayList<>(n);
        int from = 0;
        for (T r : rest) {
            // The first of records[from, ordered) created after r: r goes before it, after its ties.
            Instant at = r.createdAt();
            int low = from;
            int high = ordered;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (records.get(mid).createdAt().isAfter(at)) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            merged.addAll(records.subList(from, low));
            merged.add(r);
            from = low;
        }
        merged.addAll(records.subList(from, ordered));
        return merged;
    }

    /** The records whose {@code column} equals {@code value}, in the given order. */
    final List<T> listWhere(Sql sql, String column, Object value, String orderBy) throws SQLException {
        Lists lists = new Lists(joins.size());
        for (int i = 0; i < joins.size(); i++) {
            lists.byOwner.set(i, joins.get(i).all(sql));
        }
        return sql.list(selectAll.substring(0, selectAll.indexOf(" ORDER BY")) + " WHERE " + column + " = ? ORDER BY "
                + orderBy, row -> readChecked(row, lists), value);
    }

    /** A row the records refuse (a file edited by hand, say) becomes a clear error, not a crash. */
    private T readChecked(Sql.Row row, Lists lists) throws SQLException {
        try {
            return read(row, lists);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new StoreException(Check.words("store.unreadableRecord", kind.inSentence(), e.getMessage()), e);
        }
    }

    T cast(Entity e) {
        if (!type.isInstance(e)) {
            throw new IllegalArgumentException(e.getClass().getName() + " is not a " + type.getSimpleName());
        }
        return type.cast(e);
    }

    /** The members of each of the table's lists, by owner id. */
    static final class Lists {
        private final List<Map<String, List<String>>> byOwner;

        private Lists(int n) {
            byOwner = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byOwner.add(new HashMap<>());
            }
        }

        List<String> of(int list, String ownerId) {
            return byOwner.get(list).getOrDefault(ownerId, List.of());
        }
    }

    /**
     * A list of ids kept in its own table with a position, e.g. a session's attendees.
     *
     * @param members the list as the record holds it
     * @param selectAll every member of every owner, owners together and each one's in position order
     */
    record JoinList<T>(String table, String ownerColumn, String memberColumn, Function<T, List<String>> members,
            Sql.Whole selectAll) {

        JoinList(String table, String ownerColumn, String memberColumn, Function<T, List<String>> members) {
            this(table, ownerColumn, memberColumn, members,
                    Sql.Whole.of(table, List.of(ownerColumn, memberColumn), "ORDER BY " + ownerColumn + ", position"));
        }

        void write(Sql sql, T e) throws SQLException {
            String ownerId = ((Entity) e).id();
            List<String> ids = members.apply(e);
            String insert = "INSERT INTO " + table + " (" + ownerColumn + ", " + memberColumn + ", position) VALUES (?, ?, ?)";
            for (int i = 0; i < ids.size(); i++) {
                sql.update(insert, ownerId, ids.get(i), i);
            }
        }

        void replace(Sql sql, T e) throws SQLException {
            sql.update("DELETE FROM " + table + " WHERE " + ownerColumn + " = ?", ((Entity) e).id());
            write(sql, e);
        }

        List<String> membersOf(Sql sql, String ownerId) throws SQLException {
            return sql.list("SELECT " + memberColumn + " FROM " + table + " WHERE " + ownerColumn
                    + " = ? ORDER BY position", Sql.Row::text, ownerId);
        }

        Map<String, List<String>> all(Sql sql) throws SQLException {
            Map<String, List<String>> out = new HashMap<>();
            sql.list(selectAll, row -> {
                        out.computeIfAbsent(row.text(), k -> new ArrayList<>()).add(row.text());
                        return null;
                    });
            return out;
        }
    }

    /**
     * Rows elsewhere that point at a row of this table.
     *
     * @param countSql counts them, given the id
     * @param verbKey how the message puts it ("appears in", "has"), a key of the checks bundle
     * @param countKey what they are, counted ("2 table sessions"), a key of the checks bundle
     */
    record Usage(String countSql, String verbKey, String countKey) {
    }

    /**
     * A record this one points at.
     *
     * @param field the record component, for the form
     * @param table the table it should be in
     * @param kind what it is, for the message
     */
    record Reference(String field, String table, EntityKind kind, String id) {
    }
}
