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
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.tablebook.domain.NegotiationSnapshot;

/**
 * Writes a whole negotiation as a JSON backup: UTF-8, two-space indentation, "\n" line ends, keys in
 * the records' own order and lists in the snapshot's order, so the same negotiation always gives
 * the same bytes and a person can read and compare two backups.
 */
public final class BackupWriter {
    private static final ObjectWriter JSON = new ObjectMapper().writer(prettyPrinter());

    /** The backup as text, ending with a newline. */
    public String write(NegotiationSnapshot snapshot) {
        return write(snapshot, () -> false, fraction -> { });
    }

    /** Writes the backup as UTF-8. */
    public void write(NegotiationSnapshot snapshot, OutputStream out) throws IOException {
        out.write(write(snapshot).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Writes the backup to a file, replacing it only once the whole backup is written. */
    public void write(NegotiationSnapshot snapshot, Path file) throws IOException {
        byte[] bytes = write(snapshot).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The backup as text, reporting progress per list and stopping when asked to. */
    String write(NegotiationSnapshot snapshot, BooleanSupplier cancelled, DoubleConsumer progress) {
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
            progress.accept(++done / (double) (BackupFormat.SECTIONS.size() + 1));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("A JSON tree always serializes", e);
        }
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
