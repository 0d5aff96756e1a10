package org.tablebook.export;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.NegotiationSnapshot;

/**
 * Writes a whole negotiation and its audit trail as a JSON backup: UTF-8, two-space indentation, "\n" line ends, keys in
 * the records' own order and lists in the snapshot's order, so the same negotiation always gives
 * the same bytes and a person can read and compare two backups.
 */
public final class BackupWriter {
    private static final ObjectWriter JSON = new ObjectMapper().writer(prettyPrinter());

    private final long maxBytes;

    public BackupWriter() {
        this(BackupFormat.MAX_BYTES);
    }

    /** A writer that refuses to write a backup over {@code maxBytes}, as a reader with that limit would refuse it. */
    BackupWriter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The backup of a negotiation without its audit trail, as text ending with a newline. */
    public String write(NegotiationSnapshot snapshot) {
        return write(new Backup(snapshot, List.of()));
    }

    /** The backup as text, ending with a newline. */
    public String write(Backup backup) {
        return write(backup, () -> false, fraction -> { });
    }

    /** Writes the backup as UTF-8. */
    public void write(Backup backup, OutputStream out) throws IOException {
        out.write(write(backup).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Writes the backup to a file, replacing it only once the whole backup is written. */
    public void write(Backup backup, Path file) throws IOException {
        byte[] bytes = write(backup).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * The backup as text, reporting progress per list and stopping when asked to. A backup larger
     * than the reader accepts is refused here, so that no backup is written that cannot be imported.
     */
    String write(Backup backup, BooleanSupplier cancelled, DoubleConsumer progress) {
        NegotiationSnapshot snapshot = backup.snapshot();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put(BackupFormat.FORMAT_KEY, BackupFormat.FORMAT_NAME);
        root.put(BackupFormat.VERSION_KEY, BackupFormat.FORMAT_VERSION);
        root.set(BackupFormat.NEGOTIATION_KEY, RecordCodec.encode(snapshot.negotiation()));
        int done = 0;
        for (BackupFormat.Section<?> section : BackupFormat.SECTIONS) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("The backup was cancelled.");
            }
            ArrayNode list = root.putArray(section.key());
            for (Record r : section.list().apply(snapshot)) {
                list.add(RecordCodec.encode(r));
            }
            progress.accept(++done / (double) (BackupFormat.SECTIONS.size() + 2));
        }
        ArrayNode trail = root.putArray(BackupFormat.AUDIT_KEY);
        for (AuditEntry row : backup.auditTrail()) {
            trail.add(RecordCodec.encode(row));
        }
        progress.accept((done + 1) / (double) (BackupFormat.SECTIONS.size() + 2));
        String text;
        try {
            text = JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("A JSON tree always serializes", e);
        }
        long size = utf8Length(text);
        if (size > maxBytes) {
            throw new IllegalArgumentException("This backup would be " + BackupReader.megabytes(size)
                    + ", more than the " + BackupReader.megabytes(maxBytes) + " a Tablebook backup may have, so it "
                    + "could not be imported again. Nothing was written.");
        }
        return text;
    }

    private static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
