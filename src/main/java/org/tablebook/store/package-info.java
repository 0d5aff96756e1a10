/**
 * The {@code .tablebook} file: one negotiation in one SQLite database.
 *
 * <p>{@link org.tablebook.store.TablebookStore} opens or creates a file, refusing any file that is
 * not a healthy Tablebook file of this version or older without changing a byte of it, and holds
 * it against other windows with a sidecar {@code .lock} file. Every change goes through
 * {@link org.tablebook.store.TablebookStore#write}: one transaction, one audit row per record
 * touched, before and after as JSON ({@link org.tablebook.store.Json}) so that undo can be built on
 * the trail; it is the one write path. {@link org.tablebook.store.TablebookStore#loadSnapshot()}
 * reads the whole negotiation at once, the one way records are read; the audit trail is read
 * through {@link org.tablebook.store.AuditRepository} and undo and redo through
 * {@link org.tablebook.store.ChangeHistory}. The app reaches all of it through the document layer,
 * never from a screen.
 *
 * <p>The file: {@code PRAGMA application_id} {@code 0x54424B31} ("TBK1"), {@code user_version} the
 * schema version, write-ahead logging with {@code synchronous=FULL}, foreign keys on. The schema is
 * in {@code migrations/V001__schema.sql} beside this package; later versions add V002, V003, ...
 * registered in {@code Migrations.ALL}. Before a file is opened for writing a backup is made with
 * {@code VACUUM INTO} ({@link org.tablebook.store.Backups}).
 *
 * <p>Depends on the domain only; never on JavaFX.
 */
package org.tablebook.store;
