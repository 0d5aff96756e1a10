package org.tablebook.document;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * What was typed and not saved yet, kept beside the negotiation file (never in it) so that a
 * crash, a kill or a dead battery loses nothing: {@code wages.tablebook} keeps its drafts in
 * {@code wages.tablebook.drafts.json}. Written whole each time (to a temporary file, then moved
 * over), and deleted once nothing is unsaved.
 */
public final class DraftFile {
    /** One unsaved edit: which section and editor, which record (null: a new one), what was typed. */
    public record Draft(String section, int editor, String recordId, String recordName, Map<String, String> fields) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private DraftFile() {
    }

    public static Path beside(Path negotiationFile) {
        return negotiationFile.resolveSibling(negotiationFile.getFileName() + ".drafts.json");
    }

    /** Keeps these drafts beside the file; none deletes the drafts file. */
    public static void write(Path negotiationFile, List<Draft> drafts) {
        Path target = beside(negotiationFile);
        try {
            if (drafts.isEmpty()) {
                Files.deleteIfExists(target);
                return;
            }
            Path temp = target.resolveSibling(target.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), drafts);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The drafts kept beside the file; none when there are none or they cannot be read. */
    public static List<Draft> read(Path negotiationFile) {
        Path source = beside(negotiationFile);
        if (!Files.exists(source)) {
            return List.of();
        }
        try {
            return JSON.readValue(source.toFile(), new TypeReference<List<Draft>>() { });
        } catch (IOException e) {
            // A draft half written when the power went: nothing to offer, and the file itself is whole.
            return List.of();
        }
    }
}
