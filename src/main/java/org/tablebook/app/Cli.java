package org.tablebook.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.tablebook.domain.Dates;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.export.Audience;
import org.tablebook.export.BackupFormatException;
import org.tablebook.export.BackupReader;
import org.tablebook.export.ExportFormat;
import org.tablebook.export.ExportRequest;
import org.tablebook.export.Exporter;
import org.tablebook.export.ProgressListener;
import org.tablebook.domain.Severity;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.Finding;
import org.tablebook.rules.RulesEngine;
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

    private static final Set<String> COMMANDS = Set.of("check", "export", "import", "help", "--help", "-h", "--version",
            "-V");

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final DataFolders folders;

    public Cli(PrintStream out, PrintStream err, Clock clock, DataFolders folders) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.folders = folders;
    }

    /** Whether these arguments are a command for the command line rather than a file to open. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Whether the command opens negotiation files (and so needs SQLite); --help and --version do not. */
    public static boolean readsFiles(String[] args) {
        return args.length > 0 && Set.of("check", "export", "import").contains(args[0]);
    }

    public int run(String[] args) {
        if (args.length == 0) {
            return usage(BAD_INPUT);
        }
        return switch (args[0]) {
            case "check" -> check(List.of(args).subList(1, args.length));
            case "export" -> export(List.of(args).subList(1, args.length));
            case "import" -> importBackup(List.of(args).subList(1, args.length));
            case "--version", "-V" -> {
                out.println(Version.line());
                yield OK;
            }
            default -> usage(OK);
        };
    }

    private int usage(int code) {
        PrintStream to = code == OK ? out : err;
        to.println("Usage: tablebook [FILE]");
        to.println("Opens FILE, a .tablebook negotiation, in the Tablebook window; without it, the file");
        to.println("opened last, or a new one in the data folder. Given a command, runs without a window:");
        to.println();
        to.println("  tablebook check FILE [--json]   list what breaks the team's ground rules;");
        to.println("                                  exit 1 when an unacknowledged ERROR is present");
        to.println("  tablebook export --format pdf|html|md|json|docx --audience members|committee|since|contract");
        to.println("                   [--since YYYY-MM-DD] FILE OUT");
        to.println("                                  write a report or a JSON backup of FILE to OUT;");
        to.println("                                  --since defaults to the end of the last table session");
        to.println("  tablebook import BACKUP.json FILE");
        to.println("                                  check a JSON backup fully, then write it into the new");
        to.println("                                  negotiation file FILE (nothing is written on any error)");
        to.println("  tablebook -V, --version         show the version and the file format");
        to.println("  tablebook -h, --help            show this help");
        return code;
    }

    private int check(List<String> args) {
        boolean json = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.startsWith("-")) {
                err.println("tablebook check: unknown option " + a + ". Use: tablebook check FILE [--json]");
                return BAD_INPUT;
            } else {
                files.add(a);
            }
        }
        if (files.size() != 1) {
            err.println("tablebook check: name exactly one negotiation file. Use: tablebook check FILE [--json]");
            return BAD_INPUT;
        }
        Path file = Path.of(files.get(0));
        List<EvaluatedFinding> findings;
        try (TablebookStore store = TablebookStore.openForReading(file, StoreOptions.defaults(clock, folders.backups()))) {
            NegotiationSnapshot snapshot = store.loadSnapshot();
            findings = RulesEngine.standard().evaluateWithAcknowledgements(snapshot, clock);
        } catch (StoreOpenException e) {
            err.println("tablebook check: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("tablebook check: could not read " + file + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (json) {
            out.println(toJson(findings));
        } else {
            findings.forEach(f -> out.println(line(f)));
        }
        boolean error = findings.stream()
                .anyMatch(f -> !f.acknowledged() && f.finding().severity() == Severity.ERROR);
        return error ? FINDINGS : OK;
    }

    private static final String EXPORT_USE = "Use: tablebook export --format pdf|html|md|json|docx "
            + "--audience members|committee|since|contract [--since YYYY-MM-DD] FILE OUT";

    private int export(List<String> args) {
        String format = null;
        String audience = null;
        String since = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format") || a.equals("--audience") || a.equals("--since")) {
                if (i + 1 >= args.size()) {
                    err.println("tablebook export: " + a + " needs a value. " + EXPORT_USE);
                    return BAD_INPUT;
                }
                String value = args.get(++i);
                switch (a) {
                    case "--format" -> format = value;
                    case "--audience" -> audience = value;
                    default -> since = value;
                }
            } else if (a.startsWith("-")) {
                err.println("tablebook export: unknown option " + a + ". " + EXPORT_USE);
                return BAD_INPUT;
            } else {
                paths.add(a);
            }
        }
        if (format == null || audience == null || paths.size() != 2) {
            err.println("tablebook export: give a format, an audience, the negotiation file and where to write. "
                    + EXPORT_USE);
            return BAD_INPUT;
        }
        ExportFormat exportFormat;
        Audience exportAudience;
        try {
            exportFormat = ExportFormat.valueOf(format.equalsIgnoreCase("md") ? "MARKDOWN" : format.toUpperCase(Locale.ROOT));
            exportAudience = Audience.valueOf(audience.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("tablebook export: unknown format or audience (\"" + format + "\", \"" + audience + "\"). "
                    + EXPORT_USE);
            return BAD_INPUT;
        }
        if (!Exporter.supports(exportAudience, exportFormat)) {
            err.println("tablebook export: " + format + " is not made for " + audience + "; for " + audience
                    + " choose one of " + Exporter.formatsFor(exportAudience).stream()
                            .map(f -> f == ExportFormat.MARKDOWN ? "md" : f.name().toLowerCase(Locale.ROOT)).sorted()
                            .toList() + ".");
            return BAD_INPUT;
        }
        Path file = Path.of(paths.get(0));
        Path out = Path.of(paths.get(1));
        try (TablebookStore store = TablebookStore.openForReading(file, StoreOptions.defaults(clock, folders.backups()))) {
            NegotiationSnapshot snapshot = store.loadSnapshot();
            ExportRequest request = switch (exportAudience) {
                case MEMBERS -> ExportRequest.members(snapshot, exportFormat);
                case COMMITTEE -> exportFormat == ExportFormat.JSON ? ExportRequest.backup(snapshot)
                        : ExportRequest.committee(snapshot, exportFormat, RulesEngine.standard().evaluate(snapshot, clock));
                case SINCE -> {
                    Instant from = sinceInstant(since, snapshot);
                    yield ExportRequest.since(snapshot, exportFormat, from, store.audit().since(from),
                            RulesEngine.standard().evaluate(snapshot, clock));
                }
                case CONTRACT -> ExportRequest.contract(snapshot, exportFormat);
            };
            new Exporter(clock).export(request, out, ProgressListener.NONE);
        } catch (StoreOpenException e) {
            err.println("tablebook export: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("tablebook export: " + e.getMessage());
            return BAD_INPUT;
        } catch (java.io.IOException | RuntimeException e) {
            err.println("tablebook export: could not write " + out + ": " + e.getMessage());
            return BAD_INPUT;
        }
        this.out.println("Wrote " + out.toAbsolutePath());
        return OK;
    }

    private int importBackup(List<String> args) {
        if (args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("-"))) {
            err.println("tablebook import: name the backup and the new file. Use: tablebook import BACKUP.json FILE");
            return BAD_INPUT;
        }
        Path json = Path.of(args.get(0));
        Path file = Path.of(args.get(1));
        if (java.nio.file.Files.exists(file)) {
            err.println("tablebook import: " + file + " already exists. A backup is imported into a new file: "
                    + "choose a name that is not taken.");
            return BAD_INPUT;
        }
        NegotiationSnapshot snapshot;
        try {
            snapshot = new BackupReader().read(json);
        } catch (BackupFormatException e) {
            err.println("tablebook import: " + json + " cannot be imported: " + e.getMessage());
            return BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println("tablebook import: could not read " + json + ": " + e.getMessage());
            return BAD_INPUT;
        }
        String actor = System.getProperty("user.name", "Tablebook");
        try (TablebookStore store = TablebookStore.createFrom(file, snapshot, actor, "Import " + json.getFileName(),
                StoreOptions.defaults(clock, folders.backups()))) {
            out.println("Imported " + json + " into " + store.file() + ": " + snapshot.demands().size() + " demands, "
                    + snapshot.proposals().size() + " passes, " + snapshot.sidebars().size() + " sidebars, "
                    + snapshot.agreements().size() + " tentative agreements.");
            return OK;
        } catch (StoreOpenException e) {
            err.println("tablebook import: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("tablebook import: could not write " + file + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }

    /** The chosen day's start, or the end of the last table session before now. */
    private Instant sinceInstant(String since, NegotiationSnapshot snapshot) {
        if (since != null) {
            LocalDate day = Dates.parseDate("since", "The --since date", since);
            return day.atStartOfDay(clock.getZone()).toInstant();
        }
        LocalDate today = LocalDate.now(clock);
        return snapshot.sessions().stream().filter(s -> !s.date().isAfter(today))
                .max(java.util.Comparator.comparing(org.tablebook.domain.TableSession::date))
                .map(s -> ExportRequest.endOf(s, clock.getZone()))
                .orElseThrow(() -> new IllegalArgumentException("There is no table session yet to start from: "
                        + "give --since YYYY-MM-DD."));
    }

    /** One finding a line: severity, rule id, subject, message; acknowledged ones say so. */
    static String line(EvaluatedFinding item) {
        Finding f = item.finding();
        String subject = f.subjectLabel() + " [" + f.subject().kind().name().toLowerCase() + " " + f.subject().id() + "]";
        String ack = item.acknowledgement().map(a -> "  (acknowledged by " + a.by() + ": " + a.reason() + ")").orElse("");
        return String.format("%-7s %-28s %s: %s%s", f.severity(), f.ruleId(), subject, f.message(), ack);
    }

    static String toJson(List<EvaluatedFinding> findings) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
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
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
