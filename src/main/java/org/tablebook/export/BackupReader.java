package org.tablebook.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.HashSet;
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
import org.tablebook.domain.AuditAction;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Check;
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
import org.tablebook.domain.SidebarStart;
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
    /** The largest backup accepted: the same as the writer's, so every backup the app writes can be read. */
    public static final long DEFAULT_MAX_BYTES = BackupFormat.MAX_BYTES;

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

    /**
     * Reads a backup file. A file that is not there, cannot be read or is a folder is refused with
     * a {@link BackupFormatException} that says so in words.
     */
    public Backup read(Path file) throws IOException {
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new BackupFormatException(null, Check.phrase("backup.folder", file));
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BackupFormatException(null, Check.phrase("backup.missing", file), e);
        } catch (AccessDeniedException e) {
            throw new BackupFormatException(null, Check.words("backup.notAllowed", file), e);
        }
        if (size > maxBytes) {
            throw tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new BackupFormatException(null, Check.phrase("backup.missing", file), e);
        } catch (AccessDeniedException e) {
            throw new BackupFormatException(null, Check.words("backup.notAllowed", file), e);
        }
    }

    /** Reads UTF-8 bytes; the stream is read to its end but not closed. */
    public Backup read(InputStream in) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return read(new InputStreamReader(in, utf8));
        } catch (CharacterCodingException e) {
            throw new BackupFormatException(null, Check.words("backup.notUtf8"), e);
        }
    }

    /** Reads the text; the reader is read to its end but not closed. */
    public Backup read(Reader in) throws IOException {
        return parse(new CappedReader(in));
    }

    /** Reads a backup held in a string. */
    public Backup read(String json) throws BackupFormatException {
        if (json.length() > maxBytes) {
            throw tooLarge(json.length());
        }
        try {
            return parse(new CappedReader(new StringReader(json)));
        } catch (BackupFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("A string is always readable", e);
        }
    }

    /** Counts what it passes on and refuses to go past the size limit, so a huge file is never held whole. */
    private final class CappedReader extends FilterReader {
        private long count;

        CappedReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                add(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws BackupFormatException {
            count += n;
            if (count > maxBytes) {
                throw tooLarge(count);
            }
        }
    }

    /** {@code size}: the file's size, or how much of it was read before the limit was passed. */
    private BackupFormatException tooLarge(long size) {
        boolean known = size - maxBytes >= 64 * 1024;
        return new BackupFormatException(null, known ? Check.words("backup.tooLargeSize", megabytes(size), megabytes(maxBytes))
                : Check.words("backup.tooLarge", megabytes(maxBytes)));
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                : bytes + " bytes";
    }

    private Backup parse(Reader text) throws IOException {
        PushbackReader in = new PushbackReader(text, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        JsonNode root;
        JsonParser parser = JSON.createParser(in);
        try (parser) {
            root = JSON.readTree(parser);
        } catch (StreamConstraintsException e) {
            throw tooDeep(e, parser);
        } catch (JsonProcessingException e) {
            throw malformed(e, parser);
        }
        if (root == null || root.isMissingNode()) {
            throw new BackupFormatException(null, Check.words("backup.empty"));
        }
        if (!root.isObject()) {
            throw new BackupFormatException(null, "This is not a Tablebook backup: a backup is a JSON object "
                    + "{ … }, and this file holds " + RecordCodec.describe(root) + ".");
        }
        int version = checkFormat(root);
        return decode(root, version);
    }

    private static BackupFormatException tooDeep(StreamConstraintsException e, JsonParser parser) {
        JsonLocation at = parser.currentLocation();
        return new BackupFormatException(where(at), Check.phrase("backup.tooDeep"), e);
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? null : Check.phrase("backup.where", at.getLineNr(), at.getColumnNr());
    }

    private static BackupFormatException malformed(JsonProcessingException e, JsonParser parser) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String where = where(at);
        String what = plain(e.getOriginalMessage());
        if (e instanceof JsonEOFException || what.contains("end-of-input")) {
            return new BackupFormatException(where, Check.phrase("backup.cutShort", what), e);
        }
        if (what.startsWith("Duplicate field")) {
            return new BackupFormatException(where, Check.phrase("backup.fieldTwice", what), e);
        }
        return new BackupFormatException(where, Check.phrase("backup.notJson", what), e);
    }

    /**
     * Jackson's description of a syntax error, cut to what concerns the file: its first line, without
     * its advice on parser features to switch on, which is for programmers, not for a person fixing a backup.
     */
    static String plain(String message) {
        String what = message == null ? "" : message;
        int cut = what.indexOf('\n');
        what = cut < 0 ? what : what.substring(0, cut);
        if (what.startsWith("Trailing token")) {
            return "the backup ends at its closing }, but more follows it";
        }
        what = what.replace("maybe a (non-standard) comment?", "JSON has no comments")
                .replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll("\\s*\\(not recognized as one since Feature[^)]*\\)", "")
                .replaceAll("\\s*\\(JSON [^)]*\\)", "")
                .replaceAll("[:;,]?\\s*(enable|use)\\s+`[^`]*`.*$", "")
                .replaceAll("\\s*\\(?[Ss]ee\\s+`[^`]*`.*$", "")
                .replaceAll("`[^`]*Feature[^`]*`", "a parser setting")
                .strip();
        what = what.replaceAll("[.:;,]+$", "");
        return what.isEmpty() ? "unexpected text" : what;
    }

    private static int checkFormat(JsonNode root) throws BackupFormatException {
        JsonNode format = root.get(BackupFormat.FORMAT_KEY);
        if (format == null) {
            throw new BackupFormatException(null, Check.words("backup.noFormat", BackupFormat.FORMAT_NAME));
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
            throw new BackupFormatException(BackupFormat.VERSION_KEY, Check.words("backup.newer", v,
                    BackupFormat.FORMAT_VERSION));
        }
        if (v < 1) {
            throw new BackupFormatException(BackupFormat.VERSION_KEY, "there is no backup format " + v
                    + "; the first is 1.");
        }
        return v;
    }

    private static Backup decode(JsonNode root, int version) throws BackupFormatException {
        Set<String> known = new LinkedHashSet<>(List.of(BackupFormat.FORMAT_KEY, BackupFormat.VERSION_KEY,
                BackupFormat.NEGOTIATION_KEY));
        BackupFormat.SECTIONS.forEach(s -> known.add(s.key()));
        if (version >= 2) {
            known.add(BackupFormat.AUDIT_KEY);
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                throw new BackupFormatException(key, "a backup has no list \"" + key + "\"; check its spelling. "
                        + "The top-level keys are " + String.join(", ", known) + ".");
            }
        }
        JsonNode negotiationNode = root.get(BackupFormat.NEGOTIATION_KEY);
        if (negotiationNode == null) {
            throw new BackupFormatException(null, Check.words("backup.noNegotiation"));
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
                list(lists, "costingBaselines", org.tablebook.domain.CostingBaseline.class),
                list(lists, "classifications", org.tablebook.domain.Classification.class),
                list(lists, "costItems", org.tablebook.domain.CostItem.class),
                list(lists, "sidebarStarts", SidebarStart.class),
                list(lists, "contractSections", ContractSection.class),
                list(lists, "sectionLanguage", SectionLanguage.class));
        checkUniqueIds(snapshot);
        try {
            snapshot.checkConsistency();
        } catch (ValidationException e) {
            throw new BackupFormatException(placeOf(snapshot, e), e.getMessage(), e);
        }
        List<AuditEntry> trail = version >= 2 ? decodeTrail(root) : List.of();
        return new Backup(snapshot, trail);
    }

    /**
     * The audit trail: rows in the file's order with rising numbers, each change's rows together,
     * an undo or redo naming a change that comes before it, and each row's before and after present
     * as its action needs them and readable as JSON objects.
     */
    private static List<AuditEntry> decodeTrail(JsonNode root) throws BackupFormatException {
        String key = BackupFormat.AUDIT_KEY;
        JsonNode array = root.get(key);
        if (array == null) {
            throw new BackupFormatException(key, "the audit trail is missing; write \"" + key
                    + "\": [] when there is none.");
        }
        if (!array.isArray()) {
            throw new BackupFormatException(key, "expected a list [ … ], found " + RecordCodec.describe(array) + ".");
        }
        List<AuditEntry> out = new ArrayList<>(array.size());
        Set<String> changes = new HashSet<>();
        AuditEntry previous = null;
        for (int i = 0; i < array.size(); i++) {
            String where = key + "[" + i + "]";
            AuditEntry row = RecordCodec.decode(AuditEntry.class, array.get(i), where, "");
            if (row.seq() < 1 || previous != null && row.seq() <= previous.seq()) {
                throw new BackupFormatException(where + ", field seq", "the rows of the trail are numbered from 1 "
                        + "upwards in the order they were written; " + row.seq() + " comes after "
                        + (previous == null ? "nothing" : previous.seq()) + ".");
            }
            boolean continues = previous != null && previous.changeId().equals(row.changeId());
            if (!continues && !changes.add(row.changeId())) {
                throw new BackupFormatException(where + ", field changeId", "the rows of one change are written one "
                        + "after another; this change (" + row.changeId() + ") has rows further up, apart from these.");
            }
            if (row.revertsChangeId() != null && (!changes.contains(row.revertsChangeId())
                    || row.revertsChangeId().equals(row.changeId()))) {
                throw new BackupFormatException(where + ", field revertsChangeId", "an undo or redo takes back a "
                        + "change written before it, and no earlier change has the id " + row.revertsChangeId() + ".");
            }
            checkJson(row.action() != AuditAction.CREATE, row.beforeJson(), where + ", field beforeJson", row.action());
            checkJson(row.action() != AuditAction.DELETE, row.afterJson(), where + ", field afterJson", row.action());
            out.add(row);
            previous = row;
        }
        return out;
    }

    private static void checkJson(boolean wanted, String json, String where, AuditAction action)
            throws BackupFormatException {
        if (!wanted) {
            if (json != null) {
                throw new BackupFormatException(where, "a " + action + " row has no record here; write null.");
            }
            return;
        }
        if (json == null) {
            throw new BackupFormatException(where, "a " + action + " row needs the record as it was here.");
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new BackupFormatException(where, "the record here is not readable: it must be a JSON object "
                    + "{ … } written as text.");
        }
    }

    private static <T extends Record & Entity> List<T> decodeSection(JsonNode root, BackupFormat.Section<T> section)
            throws BackupFormatException {
        JsonNode array = root.get(section.key());
        if (array == null && BackupFormat.ADDED_LATER.contains(section.key())) {
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
