package org.tablebook.store;

/** For tests in other packages: what SQLite says about a store's own connection. */
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
}
