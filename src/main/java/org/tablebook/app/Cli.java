package org.tablebook.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.tablebook.domain.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.tablebook.domain.Bundles;
import org.tablebook.domain.Dates;
import org.tablebook.domain.Language;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.export.Audience;
import org.tablebook.export.BackupFormatException;
import org.tablebook.export.Backup;
import org.tablebook.export.BackupReader;
import org.tablebook.export.ExportFormat;
import org.tablebook.export.ExportLanguages;
import org.tablebook.export.ExportRequest;
import org.tablebook.export.Exporter;
import org.tablebook.export.ProgressListener;
import org.tablebook.domain.Severity;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.Finding;
import org.tablebook.rules.RuleTexts;
import org.tablebook.rules.RulesEngine;
import org.tablebook.store.OutputRefusedException;
import org.tablebook.store.OutputTarget;
import org.tablebook.store.StoreOpenException;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/**
 * The same program without a window: {@code tablebook check FILE [--json]} and
 * {@code tablebook export ...}. Exit codes: 0 when all went well (for check: nothing unacknowledged
 * is an ERROR), 1 when check found an unacknowledged ERROR, 2 when the command or the file is
 * wrong (the message says why, and the file is left untouched).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    static final String BUNDLE = "org.tablebook.app.cli";

    private static final Set<String> COMMANDS = Set.of("check", "cost", "export", "import", "sample", "help", "--help", "-h", "--version",
            "-V");

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final DataFolders folders;
    private Language language = Language.current();
    private List<Language> exportLanguages = List.of(Language.current());
    private ResourceBundle texts = Bundles.load(BUNDLE, Language.current().locale());

    public Cli(PrintStream out, PrintStream err, Clock clock, DataFolders folders) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.folders = folders;
    }

    /** Whether these arguments are a command for the command line rather than a file to open. */
    public static boolean handles(String[] args) {
        List<String> rest = withoutLanguage(args);
        return !rest.isEmpty() && COMMANDS.contains(rest.get(0));
    }

    /** Whether the command opens negotiation files (and so needs SQLite); --help and --version do not. */
    public static boolean readsFiles(String[] args) {
        List<String> rest = withoutLanguage(args);
        return !rest.isEmpty() && Set.of("check", "cost", "export", "import", "sample").contains(rest.get(0));
    }

    /** The language asked for with {@code --lang en|es}, if any. */
    public static Optional<Language> language(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang")) {
                return Language.fromCode(args[i + 1]);
            }
        }
        return Optional.empty();
    }

    /** The arguments without {@code --lang} and its value. */
    public static List<String> withoutLanguage(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else {
                rest.add(args[i]);
            }
        }
        return rest;
    }

    private String text(String key, Object... args) {
        return Bundles.format(texts, key, args);
    }

    public int run(String[] arguments) {
        List<String> rest = new ArrayList<>();
        String lang = null;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].equals("--lang") && i + 1 < arguments.length) {
                lang = arguments[++i];
            } else {
                rest.add(arguments[i]);
            }
        }
        if (lang != null) {
            if (lang.equalsIgnoreCase("both")) {
                exportLanguages = List.of(Language.ENGLISH, Language.SPANISH);
            } else {
                Optional<Language> chosen = Language.fromCode(lang);
                if (chosen.isEmpty()) {
                    err.println(text("lang.bad", lang));
                    return BAD_INPUT;
                }
                language = chosen.get();
                exportLanguages = List.of(language);
            }
        }
        texts = Bundles.load(BUNDLE, language.locale());
        String[] args = rest.toArray(String[]::new);
        if (args.length == 0) {
            return usage(BAD_INPUT);
        }
        // The records' refusals and the dates speak the program's language: that of --lang while the command runs.
        Locale before = Locale.getDefault();
        if (Language.of(before) != language) {
            Locale.setDefault(language.locale());
        }
        try {
            return command(args);
        } finally {
            Locale.setDefault(before);
        }
    }

    private int command(String[] args) {
        return switch (args[0]) {
            case "check" -> check(List.of(args).subList(1, args.length));
            case "cost" -> cost(List.of(args).subList(1, args.length));
            case "export" -> export(List.of(args).subList(1, args.length));
            case "import" -> importBackup(List.of(args).subList(1, args.length));
            case "sample" -> sample(List.of(args).subList(1, args.length));
            case "--version", "-V" -> {
                out.println(text("version.line", Version.release().orElse(text("version.development")),
                        String.valueOf(org.tablebook.store.TablebookStore.SCHEMA_VERSION)));
                yield OK;
            }
            default -> usage(OK);
        };
    }

    private int usage(int code) {
        PrintStream to = code == OK ? out : err;
        to.println(text("usage"));
        return code;
    }

    private int check(List<String> args) {
        boolean json = false;
        String at = null;
        String zoneName = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--at") || a.equals("--zone")) {
                if (i + 1 >= args.size()) {
                    err.println(text("check.needsValue", a));
                    return BAD_INPUT;
                }
                if (a.equals("--at")) {
                    at = args.get(++i);
                } else {
                    zoneName = args.get(++i);
                }
            } else if (a.startsWith("-")) {
                err.println(text("check.unknownOption", a));
                return BAD_INPUT;
            } else {
                files.add(a);
            }
        }
        if (files.size() != 1) {
            err.println(text("check.oneFile"));
            return BAD_INPUT;
        }
        Optional<ZoneId> zone = Optional.empty();
        if (zoneName != null) {
            try {
                zone = Optional.of(ZoneId.of(zoneName.strip()));
            } catch (DateTimeException e) {
                err.println(Terminal.printable(text("check.badZone", zoneName)));
                return BAD_INPUT;
            }
        }
        Path file = Path.of(files.get(0));
        List<EvaluatedFinding> findings;
        ZoneId shownIn;
        try (TablebookStore store = TablebookStore.openForReading(file, StoreOptions.defaults(clock, folders.backups()))) {
            NegotiationSnapshot snapshot = store.loadSnapshot();
            Clock evaluation = clock;
            ZoneId tableZone = zone.or(() -> snapshot.negotiation().zoneId()).orElse(clock.getZone());
            if (at != null) {
                evaluation = RulesEngine.asOf(Dates.parseMoment("at", text("check.atLabel"), at, tableZone), zone,
                        tableZone);
            } else if (zone.isPresent()) {
                evaluation = RulesEngine.asOf(clock.instant(), zone, tableZone);
            }
            shownIn = RulesEngine.zoneOf(snapshot, evaluation);
            findings = RulesEngine.standard().evaluateWithAcknowledgements(snapshot, evaluation);
        } catch (ValidationException e) {
            err.println(Terminal.printable(text("check.failed", e.getMessage())));
            return BAD_INPUT;
        } catch (StoreOpenException e) {
            err.println(Terminal.printable(text("check.failed", e.getMessage())));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println(Terminal.printable(text("check.unreadable", file, e.getMessage())));
            return BAD_INPUT;
        }
        if (json) {
            out.println(toJson(findings, shownIn));
        } else {
            // What the file holds is printed, never acted on: no escape sequence reaches the terminal.
            findings.forEach(f -> out.println(Terminal.printable(line(f, shownIn, language.locale(), texts))));
        }
        boolean error = findings.stream()
                .anyMatch(f -> !f.acknowledged() && f.finding().severity() == Severity.ERROR);
        return error ? FINDINGS : OK;
    }

    private int cost(List<String> args) {
        boolean json = false;
        String at = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--at")) {
                if (i + 1 >= args.size()) {
                    err.println(text("cost.atNeedsDate"));
                    return BAD_INPUT;
                }
                at = args.get(++i);
            } else if (a.startsWith("-")) {
                err.println(text("cost.unknownOption", a));
                return BAD_INPUT;
            } else {
                files.add(a);
            }
        }
        if (files.size() != 1) {
            err.println(text("cost.oneFile"));
            return BAD_INPUT;
        }
        LocalDate asOf;
        try {
            asOf = at == null ? null : Dates.parseDate("at", text("cost.atLabel"), at);
        } catch (IllegalArgumentException e) {
            err.println(text("cost.badAt", e.getMessage()));
            return BAD_INPUT;
        }
        Path file = Path.of(files.get(0));
        NegotiationSnapshot snapshot;
        try (TablebookStore store = TablebookStore.openForReading(file, StoreOptions.defaults(clock, folders.backups()))) {
            snapshot = store.loadSnapshot();
        } catch (StoreOpenException e) {
            err.println(Terminal.printable(text("cost.failed", e.getMessage())));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println(Terminal.printable(text("cost.unreadable", file, e.getMessage())));
            return BAD_INPUT;
        }
        var comparison = org.tablebook.costing.Packages.compare(snapshot, asOf);
        if (comparison.isEmpty()) {
            err.println(text("cost.noBaseline", file));
            return BAD_INPUT;
        }
        // The records refuse control characters, so the package's lines print as they are.
        out.print(json ? org.tablebook.costing.PackageText.json(snapshot, comparison.get(), asOf) + "\n"
                : org.tablebook.costing.PackageText.text(snapshot, comparison.get(), asOf));
        return OK;
    }

    private int export(List<String> args) {
        final String EXPORT_USE = text("export.use");
        String format = null;
        String audience = null;
        String since = null;
        boolean withMoney = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--with-money")) {
                withMoney = true;
            } else if (a.equals("--format") || a.equals("--audience") || a.equals("--since")) {
                if (i + 1 >= args.size()) {
                    err.println(text("export.needsValue", a, EXPORT_USE));
                    return BAD_INPUT;
                }
                String value = args.get(++i);
                switch (a) {
                    case "--format" -> format = value;
                    case "--audience" -> audience = value;
                    default -> since = value;
                }
            } else if (a.startsWith("-")) {
                err.println(text("export.unknownOption", a, EXPORT_USE));
                return BAD_INPUT;
            } else {
                paths.add(a);
            }
        }
        if (format == null || audience == null || paths.size() != 2) {
            err.println(text("export.missing", EXPORT_USE));
            return BAD_INPUT;
        }
        ExportFormat exportFormat;
        Audience exportAudience;
        try {
            exportFormat = ExportFormat.valueOf(format.equalsIgnoreCase("md") ? "MARKDOWN" : format.toUpperCase(Locale.ROOT));
            exportAudience = Audience.valueOf(audience.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println(text("export.unknownFormat", format, audience, EXPORT_USE));
            return BAD_INPUT;
        }
        if (!Exporter.supports(exportAudience, exportFormat)) {
            err.println(text("export.notFor", format, audience, Exporter.formatsFor(exportAudience).stream()
                            .map(f -> f == ExportFormat.MARKDOWN ? "md" : f.name().toLowerCase(Locale.ROOT)).sorted()
                            .toList()));
            return BAD_INPUT;
        }
        if (exportLanguages.size() > 1 && exportAudience != Audience.MEMBERS) {
            err.println(text("export.bothOnlyMembers", audience));
            return BAD_INPUT;
        }
        if (withMoney && exportAudience != Audience.MEMBERS) {
            err.println(text("export.moneyOnlyMembers", audience));
            return BAD_INPUT;
        }
        Path file = Path.of(paths.get(0));
        Path out = Path.of(paths.get(1));
        // Checked before anything is read: never over the negotiation itself (by any of its names),
        // another negotiation, a device or a pipe.
        Path target;
        try {
            target = OutputTarget.forExport(out, List.of(file));
        } catch (OutputRefusedException e) {
            err.println(text("export.refused", e.getMessage()));
            return BAD_INPUT;
        }
        ExportRequest request;
        try (TablebookStore store = TablebookStore.openForReading(file, StoreOptions.defaults(clock, folders.backups()))) {
            NegotiationSnapshot snapshot = store.loadSnapshot();
            request = switch (exportAudience) {
                case MEMBERS -> ExportRequest.members(snapshot, exportFormat).withMoney(withMoney);
                case COMMITTEE -> exportFormat == ExportFormat.JSON ? ExportRequest.backup(snapshot, store.audit().list())
                        : ExportRequest.committee(snapshot, exportFormat, RulesEngine.standard().evaluate(snapshot, clock));
                case SINCE -> {
                    Instant from = sinceInstant(since, snapshot);
                    yield ExportRequest.since(snapshot, exportFormat, from, store.audit().since(from),
                            RulesEngine.standard().evaluate(snapshot, clock));
                }
                case CONTRACT -> ExportRequest.contract(snapshot, exportFormat);
            };
        } catch (StoreOpenException | IllegalArgumentException e) {
            err.println(text("export.failed", e.getMessage()));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            // A problem in the negotiation, not in where the export goes.
            err.println(text("export.inputUnreadable", file, e.getMessage()));
            return BAD_INPUT;
        }
        // The languages asked for where the export has them, else English.
        List<Language> in = ExportLanguages.forAudience(exportAudience, exportLanguages);
        try {
            new Exporter(clock).export(request.inLanguages(in), target, ProgressListener.NONE);
        } catch (java.io.IOException e) {
            err.println(text("export.unwritable", out, ioReason(e)));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println(text("export.notMade", file, e.getMessage()));
            return BAD_INPUT;
        }
        this.out.println(text("export.wrote", target));
        return OK;
    }

    /** Why a file could not be written, in words: Java's own messages are often just the path. */
    static String ioReason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return f.getFile() + " does not exist";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        String detail = e.getMessage();
        return detail == null || detail.isBlank() ? e.getClass().getSimpleName() : detail;
    }

    private int importBackup(List<String> args) {
        if (args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("-"))) {
            err.println(text("import.use"));
            return BAD_INPUT;
        }
        Path json = Path.of(args.get(0));
        Path file;
        try {
            file = OutputTarget.forNewFile(Path.of(args.get(1)));
        } catch (OutputRefusedException e) {
            err.println(text("import.refused", e.getMessage()));
            return BAD_INPUT;
        }
        if (java.nio.file.Files.exists(json) && !java.nio.file.Files.isRegularFile(json)) {
            // Reading a named pipe would wait forever for a writer.
            err.println(text("import.notOrdinary", json));
            return BAD_INPUT;
        }
        Backup backup;
        try {
            backup = new BackupReader().read(json);
        } catch (BackupFormatException e) {
            err.println(text("import.invalid", json, e.getMessage()));
            return BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println(text("import.unreadable", json, e.getMessage()));
            return BAD_INPUT;
        }
        String actor = System.getProperty("user.name", "Tablebook");
        NegotiationSnapshot snapshot = backup.snapshot();
        try (TablebookStore store = TablebookStore.createFrom(file, snapshot, backup.auditTrail(), actor,
                text("import.label", json.getFileName()), StoreOptions.defaults(clock, folders.backups()))) {
            out.println(text("import.done", json, store.file(), snapshot.demands().size(),
                    snapshot.proposals().size(), snapshot.sidebars().size(), snapshot.agreements().size()));
            return OK;
        } catch (StoreOpenException e) {
            err.println(text("import.failed", e.getMessage()));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println(text("import.unwritable", file, e.getMessage()));
            return BAD_INPUT;
        }
    }

    /**
     * Writes the sample negotiation into the new file named, so the other commands can be tried at
     * once; refused, through the same guard as every write, when anything is there already.
     */
    private int sample(List<String> args) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            err.println(text("sample.use"));
            return BAD_INPUT;
        }
        Path file;
        try {
            file = OutputTarget.forNewFile(Path.of(args.get(0)));
        } catch (OutputRefusedException e) {
            err.println(text("sample.refused", e.getMessage()));
            return BAD_INPUT;
        }
        NegotiationSnapshot snapshot = SampleNegotiation.build(clock);
        try (TablebookStore store = TablebookStore.createFrom(file, snapshot, System.getProperty("user.name", "Tablebook"),
                text("sample.label"), StoreOptions.defaults(clock, folders.backups()))) {
            out.println(text("sample.done", store.file()));
            return OK;
        } catch (StoreOpenException e) {
            err.println(text("sample.failed", e.getMessage()));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println(text("sample.unwritable", file, e.getMessage()));
            return BAD_INPUT;
        }
    }

    /** The chosen day's start, or the end of the last table session before now. */
    private Instant sinceInstant(String since, NegotiationSnapshot snapshot) {
        if (since != null) {
            LocalDate day = Dates.parseDate("since", text("export.sinceLabel"), since);
            return day.atStartOfDay(clock.getZone()).toInstant();
        }
        LocalDate today = LocalDate.now(clock);
        return snapshot.sessions().stream().filter(s -> !s.date().isAfter(today))
                .max(java.util.Comparator.comparing(org.tablebook.domain.TableSession::date))
                .map(s -> ExportRequest.endOf(s, clock.getZone()))
                .orElseThrow(() -> new IllegalArgumentException(text("export.noSession")));
    }

    /** One finding a line: severity, rule id, subject, message; acknowledged and lapsed ones say so. */
    static String line(EvaluatedFinding item, ZoneId zone) {
        return line(item, zone, RuleTexts.DEFAULT_LOCALE, Bundles.load(BUNDLE, Locale.ENGLISH));
    }

    /** One finding on one line, the finding's words in the given language, the line's own from {@code texts}. */
    static String line(EvaluatedFinding item, ZoneId zone, Locale locale, ResourceBundle texts) {
        Finding f = item.finding();
        String subject = f.subjectLabel(locale) + " [" + f.subject().kind().name().toLowerCase() + " " + f.subject().id()
                + "]";
        String ack = item.acknowledgement()
                .map(a -> Bundles.format(texts, "check.acknowledged", a.by(), a.reason())).orElse("");
        String lapsed = item.lapsed()
                .map(a -> Bundles.format(texts, "check.lapsed", RuleTexts.of(locale).lapsed(a, zone))).orElse("");
        return String.format("%-7s %-28s %s: %s%s%s", f.severity(), f.ruleId(), subject, f.message(locale), ack, lapsed);
    }

    static String toJson(List<EvaluatedFinding> findings, ZoneId zone) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.getFactory().setCharacterEscapes(new Terminal.JsonEscapes());
        ArrayNode array = mapper.createArrayNode();
        for (EvaluatedFinding item : findings) {
            Finding f = item.finding();
            ObjectNode node = array.addObject();
            node.put("severity", f.severity().name());
            node.put("ruleId", f.ruleId());
            ObjectNode subject = node.putObject("subject");
            subject.put("kind", f.subject().kind().name());
            subject.put("id", f.subject().id());
            subject.put("label", f.subjectLabel());
            node.put("message", f.message());
            node.put("fix", f.fixAction());
            if (f.field() != null) {
                node.put("field", f.field());
            }
            node.put("acknowledged", item.acknowledged());
            item.acknowledgement().ifPresent(a -> {
                ObjectNode ack = node.putObject("acknowledgement");
                ack.put("by", a.by());
                ack.put("reason", a.reason());
                ack.put("at", a.at().toString());
            });
            item.lapsed().ifPresent(a -> {
                ObjectNode lapsed = node.putObject("lapsedAcknowledgement");
                lapsed.put("by", a.by());
                lapsed.put("reason", a.reason());
                lapsed.put("at", a.at().toString());
                lapsed.put("text", RuleTexts.english().lapsed(a, zone));
            });
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
