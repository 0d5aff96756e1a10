package org.tablebook.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Entity;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.ValidationException;

/**
 * Reads a JSON backup and checks all of it before returning: the format and its version, every
 * field's presence and type, real dates, each record's own validation, unique ids and the
 * references between records. Reading has no side effects, so a caller that writes only after
 * {@link #read} returns writes nothing when the file is refused.
 */
public final class BackupReader {
    /**
     * The largest backup accepted. A negotiation of several thousand passes is a few megabytes;
     * the whole file is held in memory as a tree while it is checked, so the cap keeps a wrong file
     * from exhausting a laptop's memory.
     */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final long maxBytes;

    public BackupReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files over {@code maxBytes} (characters, for a {@link Reader}). */
    public BackupReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The size limit must be positive.");
        }
        this.maxBytes = maxBytes;
    }

    public NegotiationSnapshot read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads UTF-8 bytes; the stream is read to its end but not closed. */
    public NegotiationSnapshot read(InputStream in) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return read(new InputStreamReader(in, utf8));
        } catch (CharacterCodingException e) {
            throw new BackupFormatException(null, "The file is not UTF-8 text, so it is not a Tablebook backup.", e);
        }
    }

    /** Reads the text; the reader is read to its end but not closed. */
    public NegotiationSnapshot read(Reader in) throws IOException {
        return parse(readCapped(in));
    }

    /** Reads a backup held in a string. */
    public NegotiationSnapshot read(String json) throws BackupFormatException {
        if (json.length() > maxBytes) {
            throw tooLarge(json.length());
        }
        return parse(json);
    }

    private String readCapped(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[64 * 1024];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (text.length() + (long) n > maxBytes) {
                throw tooLarge(text.length() + (long) n);
            }
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private BackupFormatException tooLarge(long size) {
        return new BackupFormatException(null, "The file is " + megabytes(size) + ", more than the "
                + megabytes(maxBytes) + " a Tablebook backup may have. Check that it is the right file.");
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                : bytes + " bytes";
    }

    private NegotiationSnapshot parse(String text) throws BackupFormatException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BackupFormatException(null, "The file is empty. A Tablebook backup is a JSON object that "
                    + "starts with { and names its format.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        if (root == null || !root.isObject()) {
            throw new BackupFormatException(null, "This is not a Tablebook backup: a backup is a JSON object "
                    + "{ … }, and this file holds " + RecordCodec.describe(root) + ".");
        }
        checkFormat(root);
        return decode(root);
    }

    private static BackupFormatException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        String what = e.getOriginalMessage();
        // Jackson's own wording, cut to its first sentence: the rest is its internal detail.
        int cut = what.indexOf('\n');
        what = cut < 0 ? what : what.substring(0, cut);
        if (e instanceof JsonEOFException) {
            return new BackupFormatException(where, "the file ends in the middle of the JSON: it may have been cut "
                    + "short when it was copied. (" + what + ")", e);
        }
        if (what.startsWith("Duplicate field")) {
            return new BackupFormatException(where, "one record has the same field twice, so it is not clear which "
                    + "value is meant. (" + what + ")", e);
        }
        return new BackupFormatException(where, "this is not valid JSON, so the file is not a readable backup. ("
                + what + ")", e);
    }

    private static void checkFormat(JsonNode root) throws BackupFormatException {
        JsonNode format = root.get(BackupFormat.FORMAT_KEY);
        if (format == null) {
            throw new BackupFormatException(null, "This is not a Tablebook backup: it does not start with "
                    + "\"format\": \"" + BackupFormat.FORMAT_NAME + "\".");
        }
        if (!format.isTextual() || !format.textValue().equals(BackupFormat.FORMAT_NAME)) {
            throw new BackupFormatException("format", "This is not a Tablebook backup: its format is "
                    + RecordCodec.describe(format) + ", not \"" + BackupFormat.FORMAT_NAME + "\".");
        }
        JsonNode version = root.get(BackupFormat.VERSION_KEY);
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new BackupFormatException(BackupFormat.VERSION_KEY, "the format version must be a whole number, "
                    + "found " + RecordCodec.describe(version) + ".");
        }
        int v = version.intValue();
        if (v > BackupFormat.FORMAT_VERSION) {
            throw new BackupFormatException(BackupFormat.VERSION_KEY, "This backup was written by a newer version of "
                    + "Tablebook (backup format " + v + "); this version reads format " + BackupFormat.FORMAT_VERSION
                    + " only. Update Tablebook to import it.");
        }
        if (v < 1) {
            throw new BackupFormatException(BackupFormat.VERSION_KEY, "there is no backup format " + v
                    + "; the first is 1.");
        }
    }

    private static NegotiationSnapshot decode(JsonNode root) throws BackupFormatException {
        Set<String> known = new LinkedHashSet<>(List.of(BackupFormat.FORMAT_KEY, BackupFormat.VERSION_KEY,
                BackupFormat.NEGOTIATION_KEY));
        BackupFormat.SECTIONS.forEach(s -> known.add(s.key()));
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                throw new BackupFormatException(key, "a backup has no list \"" + key + "\"; check its spelling. "
                        + "The top-level keys are " + String.join(", ", known) + ".");
            }
        }
        JsonNode negotiationNode = root.get(BackupFormat.NEGOTIATION_KEY);
        if (negotiationNode == null) {
            throw new BackupFormatException(null, "The backup has no \"negotiation\": it is the record every "
                    + "backup starts with.");
        }
        Negotiation negotiation = RecordCodec.decode(Negotiation.class, negotiationNode,
                BackupFormat.NEGOTIATION_KEY + idOf(negotiationNode), "");
        Map<String, List<? extends Entity>> lists = new HashMap<>();
        for (BackupFormat.Section<?> section : BackupFormat.SECTIONS) {
            lists.put(section.key(), decodeSection(root, section));
        }
        NegotiationSnapshot snapshot = new NegotiationSnapshot(negotiation,
                list(lists, "people", Person.class),
                list(lists, "demands", Demand.class),
                list(lists, "proposals", Proposal.class),
                list(lists, "sessions", TableSession.class),
                list(lists, "sidebars", Sidebar.class),
                list(lists, "topics", SidebarTopic.class),
                list(lists, "reportBacks", ReportBack.class),
                list(lists, "agreements", TentativeAgreement.class),
                list(lists, "ratifications", Ratification.class),
                list(lists, "informationRequests", InformationRequest.class),
                list(lists, "complianceItems", ComplianceItem.class),
                list(lists, "acknowledgements", RuleAcknowledgement.class),
                list(lists, "contractSections", ContractSection.class),
                list(lists, "sectionLanguage", SectionLanguage.class));
        checkUniqueIds(snapshot);
        try {
            snapshot.checkConsistency();
        } catch (ValidationException e) {
            throw new BackupFormatException(placeOf(snapshot, e), e.getMessage(), e);
        }
        return snapshot;
    }

    private static <T extends Record & Entity> List<T> decodeSection(JsonNode root, BackupFormat.Section<T> section)
            throws BackupFormatException {
        JsonNode array = root.get(section.key());
        if (array == null && BackupFormat.OPTIONAL.contains(section.key())) {
            return List.of();
        }
        if (array == null) {
            throw new BackupFormatException(section.key(), "the list is missing; write \"" + section.key()
                    + "\": [] when there are none.");
        }
        if (!array.isArray()) {
            throw new BackupFormatException(section.key(), "expected a list [ … ], found "
                    + RecordCodec.describe(array) + ".");
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            out.add(RecordCodec.decode(section.type(), node, section.key() + "[" + i + "]" + idOf(node), ""));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, List<? extends Entity>> lists, String key, Class<T> type) {
        return (List<T>) lists.get(key);
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        return id != null && id.isTextual() ? " (id " + id.textValue() + ")" : "";
    }

    /** Refuses two records with one id, naming both places. */
    private static void checkUniqueIds(NegotiationSnapshot snapshot) throws BackupFormatException {
        Map<String, String> seen = new HashMap<>();
        seen.put(snapshot.negotiation().id(), BackupFormat.NEGOTIATION_KEY);
        for (BackupFormat.Section<?> section : BackupFormat.SECTIONS) {
            List<? extends Entity> records = section.list().apply(snapshot);
            for (int i = 0; i < records.size(); i++) {
                String place = section.key() + "[" + i + "]";
                String before = seen.putIfAbsent(records.get(i).id(), place);
                if (before != null) {
                    throw new BackupFormatException(place + " (id " + records.get(i).id() + "), field id",
                            "this id is already used by " + before + ". Every record needs its own id.");
                }
            }
        }
    }

    /**
     * The place of a record the consistency check refused. Its messages start with the record's
     * kind and id ("Proposal 9f2c…: demandId points at …"), which is enough to find its index.
     */
    private static String placeOf(NegotiationSnapshot snapshot, ValidationException e) {
        String message = e.getMessage();
        for (BackupFormat.Section<?> section : BackupFormat.SECTIONS) {
            List<? extends Entity> records = section.list().apply(snapshot);
            for (int i = 0; i < records.size(); i++) {
                Entity r = records.get(i);
                if (message.startsWith(r.entityKind().label() + " " + r.id())) {
                    return section.key() + "[" + i + "] (id " + r.id() + "), field " + e.field();
                }
            }
        }
        return "field " + e.field();
    }
}
