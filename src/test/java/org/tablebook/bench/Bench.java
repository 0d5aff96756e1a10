package org.tablebook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.export.BackupReader;
import org.tablebook.export.ExportFormat;
import org.tablebook.export.ExportRequest;
import org.tablebook.export.Exporter;
import org.tablebook.export.ProgressListener;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/**
 * {@code scripts/bench}: measures Tablebook on the stress file, each figure the median of several
 * runs, each next to a reference measured in the same run, and prints one table (also written to
 * {@code target/bench/results.md}). Start-up needs a display (the script runs it under Xvfb).
 *
 * <p>System properties: {@code bench.dir} (work folder, default {@code target/bench}),
 * {@code bench.runs} (runs per figure, default 5), {@code bench.appClasspath} (the classpath the
 * app and the minimal window start with), {@code bench.only} (a comma-separated subset of
 * {@code start,open,action,pulse,rules,costing,export,memory}).
 */
public final class Bench {
    /** The line StartupProbe prints with -Dtablebook.startup=exit|report (JVM uptime, in ms). */
    private static final java.util.regex.Pattern PROBE =
            java.util.regex.Pattern.compile("^Tablebook start-up: .*negotiation shown after (\\d+) ms");

    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    private final int runs = Integer.getInteger("bench.runs", 5);
    private final String appClasspath = System.getProperty("bench.appClasspath",
            "target/tablebook.jar" + java.io.File.pathSeparator + "target/bench/window-classes");
    private final List<String> only = List.of(System.getProperty("bench.only", "start,open,action,pulse,rules,costing,export,memory")
            .split(","));
    private final List<Row> rows = new ArrayList<>();
    private final Path stress = dir.resolve("stress.tablebook");

    /** One line of the table. */
    private record Row(String what, String tablebook, String reference, String result, String target) {
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        new Bench().run();
        System.exit(0);
    }

    private void run() throws Exception {
        String before = loadAverage();
        System.err.println("Stress file: " + stress);
        Duration generated = StressFile.ensure(stress);
        if (!generated.isZero()) {
            System.err.printf("  generated in %.1f s%n", generated.toMillis() / 1e3);
        }
        if (only.contains("start")) {
            startUp();
        }
        if (only.contains("open")) {
            open();
        }
        if (only.contains("action")) {
            action();
        }
        if (only.contains("pulse")) {
            pulse();
        }
        if (only.contains("rules")) {
            rules();
        }
        if (only.contains("costing")) {
            costing();
        }
        if (only.contains("export")) {
            exports();
        }
        if (only.contains("memory")) {
            memory();
        }
        print(before, loadAverage());
    }

    // ---- start-up ----

    private void startUp() throws Exception {
        System.err.println("Start-up (" + runs + " runs each, interleaved)");
        Path defaultData = freshDataFolder("data-default");
        Path stressData = freshDataFolder("data-stress");
        // The first start creates the default file; the measured ones open it, as every later start does.
        startApp(defaultData, null);
        List<Long> minimal = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        List<Long> appStress = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long m = startMinimal();
            long a = startApp(defaultData, null);
            long s = startApp(stressData, stress);
            deleteTree(stressData.resolve("backups"));
            System.err.printf("  run %d: minimal %d ms, default file %d ms, stress file %d ms%n", i, m, a, s);
            if (i > 0) { // the first run warms the disk cache
                minimal.add(m);
                app.add(a);
                appStress.add(s);
            }
        }
        long floor = median(minimal);
        rows.add(ratioRow("Start to the negotiation shown, default file", median(app), "minimal JavaFX window", floor,
                1.5));
        rows.add(ratioRow("Start to the negotiation shown, stress file", median(appStress), "minimal JavaFX window",
                floor, 2.0));
    }

    private Path freshDataFolder(String name) throws IOException {
        Path data = dir.resolve(name);
        deleteTree(data);
        Files.createDirectories(data);
        Files.writeString(data.resolve("preferences.json"), "{\"userName\":\"Dana Reyes\"}");
        return data;
    }

    private long startMinimal() throws Exception {
        return probe(javaCommand(null, "org.tablebook.bench.MinimalWindow", null), false).millis();
    }

    private long startApp(Path data, Path file) throws Exception {
        return probe(javaCommand(data, "org.tablebook.app.Launcher", file), false).millis();
    }

    /** The app's and the minimal window's command, with the Java options every launcher of the app gives. */
    private List<String> javaCommand(Path data, String main, Path file) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC", "-Xms64m", "-cp", appClasspath, "-Dprism.order=sw",
                "-Dtablebook.startup=exit"));
        if (data != null) {
            command.add("-Dtablebook.data.dir=" + data);
        }
        command.add(main);
        if (file != null) {
            command.add(file.toString());
        }
        return command;
    }

    /** What a started process reported: the time to its window, and its peak memory if asked. */
    private record Probed(long millis, long peakKb) {
    }

    /**
     * Starts the command, waits for the probe's line; with {@code measureMemory} it lets the app
     * settle (the rules panel, the first pulses), reads its peak resident memory, and ends it.
     */
    private Probed probe(List<String> command, boolean measureMemory) throws Exception {
        if (measureMemory) {
            command = new ArrayList<>(command);
            command.replaceAll(a -> a.equals("-Dtablebook.startup=exit") ? "-Dtablebook.startup=report" : a);
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> said = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                java.util.regex.Matcher probed = PROBE.matcher(line);
                if (probed.find()) {
                    long millis = Long.parseLong(probed.group(1));
                    long peak = 0;
                    if (measureMemory) {
                        Thread.sleep(3_000);
                        peak = peakResidentKb(p.pid());
                        p.destroy();
                    }
                    drain(out);
                    if (!p.waitFor(60, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                    return new Probed(millis, peak);
                }
                said.add(line);
            }
            throw new IllegalStateException("It never showed its window: " + String.join("\n", said));
        } finally {
            p.destroyForcibly();
        }
    }

    private static void drain(BufferedReader out) {
        Thread t = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException ignored) {
                // The process ended.
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static long peakResidentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("No VmHWM for process " + pid);
    }

    // ---- opening the stress file ----

    private static final List<String> TABLES = List.of("negotiation", "person", "demand", "table_session",
            "session_attendee", "proposal", "sidebar", "sidebar_attendee", "sidebar_agenda", "sidebar_topic",
            "report_back", "tentative_agreement", "ratification", "ratification_agreement", "information_request",
            "compliance_item", "rule_acknowledgement");

    private void open() throws Exception {
        System.err.println("Opening the stress file");
        Path backups = dir.resolve("open-backups");
        StoreOptions options = StoreOptions.defaults(Clock.systemUTC(), backups);
        List<Long> read = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        List<Long> sqliteRead = new ArrayList<>();
        List<Long> sqliteFull = new ArrayList<>();
        StringBuilder selects = new StringBuilder(".output /dev/null\n");
        TABLES.forEach(t -> selects.append("SELECT * FROM ").append(t).append(";\n"));
        Path sqliteBackup = dir.resolve("sqlite-backup.tablebook");
        String fullScript = "PRAGMA integrity_check;\nPRAGMA foreign_key_check;\nVACUUM INTO '" + sqliteBackup + "';\n"
                + selects;
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            try (TablebookStore store = TablebookStore.open(stress, options)) {
                long t1 = System.nanoTime();
                store.loadSnapshot();
                long t2 = System.nanoTime();
                if (i > 0) {
                    full.add((t2 - t0) / 1_000_000);
                    read.add((t2 - t1) / 1_000_000);
                }
            }
            deleteTree(backups);
            long s1 = sqlite(selects.toString());
            Files.deleteIfExists(sqliteBackup);
            long s2 = sqlite(fullScript);
            Files.deleteIfExists(sqliteBackup);
            if (i > 0) {
                sqliteRead.add(s1);
                sqliteFull.add(s2);
            }
            System.err.printf("  run %d: read %s ms (sqlite3 %d), checks+backup+read %s ms (sqlite3 %d)%n", i,
                    i > 0 ? read.get(i - 1) : "-", s1, i > 0 ? full.get(i - 1) : "-", s2);
        }
        rows.add(ratioRow("Open the stress file: read into a snapshot", median(read), "sqlite3 reading the same tables",
                median(sqliteRead), 2.0));
        rows.add(ratioRow("Open the stress file for work: checks, backup, read", median(full),
                "sqlite3: integrity_check, foreign_key_check, VACUUM INTO, the same reads", median(sqliteFull), 2.0));
    }

    /** Runs the sqlite3 command-line shell on the stress file; returns its wall time in ms. */
    private long sqlite(String script) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", "-bail", stress.toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (p.exitValue() != 0 || !(out.isBlank() || out.strip().equals("ok"))) {
            throw new IllegalStateException("sqlite3 failed: " + out);
        }
        return ms;
    }

    // ---- one action on the stress file ----

    private static final int ACTIONS = 20;

    /**
     * One action as a person takes it on the stress file (log a pass, record the committee's
     * decisions on a sidebar's topics, undo the last of them), from the write to the snapshot and
     * the rule findings every view shows updated: median and worst of 20, against the same rows
     * (the records and their audit rows) committed through JDBC alone. The views' own redrawing is
     * not in it: that is the JavaFX pulse.
     */
    private void action() throws Exception {
        System.err.println("One action on the stress file (" + ACTIONS + " actions)");
        Path file = dir.resolve("action.tablebook");
        Path jdbcFile = dir.resolve("action-jdbc.tablebook");
        for (Path p : List.of(file, jdbcFile)) {
            deleteTree(p);
            Files.copy(stress, p);
        }
        List<Long> tablebook = new ArrayList<>();
        List<List<org.tablebook.domain.RowChange>> written = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        StoreOptions options = StoreOptions.defaults(Clock.systemUTC(), dir.resolve("action-backups"));
        try (org.tablebook.document.Workspace workspace = new org.tablebook.document.Workspace(options)) {
            org.tablebook.document.NegotiationDocument document = new org.tablebook.document.NegotiationDocument(
                    workspace, new org.tablebook.document.ImmediateTaskRunner(), () -> "Dana Reyes");
            document.show(workspace.open(file).snapshot());
            org.tablebook.document.FindingsCache findings = new org.tablebook.document.FindingsCache(
                    org.tablebook.rules.RulesEngine.standard());
            findings.evaluate(document.snapshot(), Clock.systemUTC());
            java.util.Iterator<org.tablebook.domain.sample.StressNegotiation.Edit> edits =
                    org.tablebook.domain.sample.StressNegotiation.edits(document.snapshot(), 7, StressFile.CLOCK);
            // Two rounds to warm up, then the measured ones.
            for (int i = 0; i < ACTIONS + 6; i++) {
                TablebookStore store = workspace.store();
                long version = store.version();
                String label;
                long t0 = System.nanoTime();
                if (i % 3 == 2) {
                    label = "Undo " + store.history().undo("Dana Reyes").orElseThrow().label();
                    document.show(document.catchUp());
                } else {
                    org.tablebook.domain.sample.StressNegotiation.Edit edit = next(edits, i % 3 == 0
                            ? "Log a pass" : "Record the committee's decisions");
                    label = edit.label();
                    document.change(edit.label(), w -> {
                        org.tablebook.testing.Edits.apply(w, edit);
                        return null;
                    }, done -> { }, e -> {
                        throw new IllegalStateException(e);
                    });
                }
                findings.evaluate(document.snapshot(), Clock.systemUTC());
                long t1 = System.nanoTime();
                if (i % 3 == 2) {
                    // Put the undone action back, unmeasured, so that the next edits still apply.
                    store.history().redo("Dana Reyes");
                    document.show(document.catchUp());
                }
                if (i >= 6) {
                    tablebook.add((t1 - t0) / 1_000_000);
                    written.add(store.changesSince(version).orElseThrow().rows());
                    labels.add(label);
                }
            }
        }
        List<Long> jdbc = jdbcActions(jdbcFile, written, labels);
        for (int i = 0; i < tablebook.size(); i++) {
            System.err.printf("  %-60s Tablebook %d ms, JDBC %d ms%n", shorten(labels.get(i)), tablebook.get(i),
                    jdbc.get(i));
        }
        long median = median(tablebook);
        long worst = tablebook.stream().max(Long::compare).orElse(0L);
        rows.add(new Row("One action on the stress file (log a pass, record decisions, undo), to the snapshot and "
                + "findings updated: median / worst of " + ACTIONS, median + " ms / " + worst + " ms",
                "the same rows through JDBC alone: " + median(jdbc) + " ms / "
                        + jdbc.stream().max(Long::compare).orElse(0L) + " ms",
                median <= 100 && worst <= 250 ? "met" : "missed", "\u2264 100 ms / \u2264 250 ms"));
        deleteTree(file);
        deleteTree(jdbcFile);
        deleteTree(dir.resolve("action-backups"));
    }

    private static String shorten(String label) {
        return label.length() <= 60 ? label : label.substring(0, 57) + "...";
    }

    private static org.tablebook.domain.sample.StressNegotiation.Edit next(
            java.util.Iterator<org.tablebook.domain.sample.StressNegotiation.Edit> edits, String prefix) {
        while (true) {
            org.tablebook.domain.sample.StressNegotiation.Edit e = edits.next();
            if (e.label().startsWith(prefix)) {
                return e;
            }
        }
    }

    /** The rows each action wrote, written again through plain JDBC, one transaction each, with their audit rows. */
    private static List<Long> jdbcActions(Path file, List<List<org.tablebook.domain.RowChange>> actions,
            List<String> labels) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules();
        java.time.format.DateTimeFormatter instant = new java.time.format.DateTimeFormatterBuilder().appendInstant(9)
                .toFormatter();
        List<Long> times = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
            }
            c.setAutoCommit(false);
            for (int i = 0; i < actions.size(); i++) {
                String change = java.util.UUID.randomUUID().toString();
                long t0 = System.nanoTime();
                for (org.tablebook.domain.RowChange rc : actions.get(i)) {
                    if (rc.after() instanceof org.tablebook.domain.Proposal p && rc.isCreate()) {
                        update(c, "INSERT INTO proposal (id, demand_id, side, passed_on, session_id, kind, summary, "
                                + "text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.id(),
                                p.demandId(), p.side().name(), p.passedOn().toString(), p.sessionId(), p.kind().name(),
                                p.summary(), p.text(), instant.format(p.createdAt()), instant.format(p.updatedAt()));
                    } else if (rc.isDelete()) {
                        update(c, "DELETE FROM proposal WHERE id = ?", rc.ref().id());
                    } else if (rc.after() instanceof org.tablebook.domain.SidebarTopic t) {
                        update(c, "UPDATE sidebar_topic SET decision = ?, decision_note = ?, decided_at = ?, "
                                + "updated_at = ? WHERE id = ?", t.decision() == null ? null : t.decision().name(),
                                t.decisionNote(), t.decidedAt() == null ? null : instant.format(t.decidedAt()),
                                instant.format(t.updatedAt()), t.id());
                    } else {
                        throw new IllegalStateException("No JDBC form for " + rc.ref());
                    }
                    update(c, "INSERT INTO audit_entry (change_id, label, at, actor, entity, entity_id, action, "
                            + "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", change, labels.get(i),
                            instant.format(java.time.Instant.now()), "Dana Reyes", rc.ref().kind().name(),
                            rc.ref().id(), rc.isCreate() ? "CREATE" : rc.isDelete() ? "DELETE" : "UPDATE",
                            rc.before() == null ? null : json.writeValueAsString(rc.before()),
                            rc.after() == null ? null : json.writeValueAsString(rc.after()));
                }
                c.commit();
                times.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        return times;
    }

    private static void update(java.sql.Connection c, String sql, Object... args) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    // ---- the longest JavaFX pulse ----

    private static final java.util.regex.Pattern LONGEST_PULSE =
            java.util.regex.Pattern.compile("^Longest pulse: (\\d+) ms \\((.*)\\)");

    /**
     * The longest time the JavaFX thread went without drawing in a scripted session on the stress
     * file ({@link PulseSession}: open, every section, five actions, undo), each session in a
     * process of its own: median of the sessions' longest, and the step that gave the longest.
     */
    private void pulse() throws Exception {
        System.err.println("The longest JavaFX pulse (open the stress file, every section, five actions, undo)");
        List<Long> longest = new ArrayList<>();
        String worstStep = "";
        long worst = -1;
        for (int i = 0; i < runs; i++) {
            Path data = dir.resolve("data-pulse");
            deleteTree(data);
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx2g", "-cp", System.getProperty("java.class.path"), "-Dprism.order=sw",
                    "-Dorg.sqlite.tmpdir=" + dir, PulseSession.class.getName(), data.toString(), stress.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            Long found = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                List<String> said = new ArrayList<>();
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    said.add(line);
                    java.util.regex.Matcher m = LONGEST_PULSE.matcher(line);
                    if (m.find()) {
                        found = Long.parseLong(m.group(1));
                        if (found > worst) {
                            worst = found;
                            worstStep = m.group(2);
                        }
                    }
                    if (line.startsWith("  ") && line.contains("longest pulse")) {
                        System.err.println("  " + line);
                    }
                }
                p.waitFor(60, TimeUnit.SECONDS);
                if (found == null) {
                    throw new IllegalStateException("The pulse session did not finish: " + String.join("\n", said));
                }
            } finally {
                p.destroyForcibly();
            }
            System.err.printf("  run %d: longest pulse %d ms%n", i, found);
            longest.add(found);
            deleteTree(data);
        }
        long median = median(longest);
        rows.add(new Row("Longest JavaFX pulse (the JavaFX thread busy without drawing) in a session on the stress "
                + "file: open, every section, five actions, undo; longest of all runs during \"" + worstStep + "\"",
                median + " ms", "one frame at 60 Hz: 17 ms", median <= 50 ? "met" : "missed", "\u2264 50 ms"));
    }

    // ---- rules (JMH) ----

    private void rules() throws Exception {
        System.err.println("Rules (JMH, one fork, 5 warm-up and 7 measured iterations of 1 s)");
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(RulesBenchmark.class.getName())
                .jvmArgsAppend("-Dtablebook.bench.file=" + stress, "-Xmx2g")
                .build()).run();
        double rules = 0;
        double scan = 0;
        for (RunResult r : results) {
            List<Double> scores = new ArrayList<>();
            for (IterationResult it : r.getBenchmarkResults().iterator().next().getIterationResults()) {
                scores.add(it.getPrimaryResult().getScore());
            }
            double median = medianD(scores);
            if (r.getParams().getBenchmark().endsWith("allRules")) {
                rules = median;
            } else {
                scan = median;
            }
        }
        rows.add(new Row("Evaluate all rules on the stress negotiation (JMH)", ms(rules), "one pass over every record: "
                + ms(scan), rules <= 20 ? "met" : "missed", "\u2264 20 ms"));
    }

    // ---- costing ----

    /**
     * What a change costs the Costing section: both packages, what is settled and how they moved,
     * worked out again from the snapshot of the stress negotiation with its costing. "After a
     * change" is what the section does on each change: one priced item edited, costed with what the
     * section kept from the snapshot before; "from nothing" is the first time (opening the file).
     */
    private void costing() {
        System.err.println("Costing (the stress negotiation with 40 classifications and its economic passes priced)");
        var snapshot = org.tablebook.domain.sample.StressCosting.add(org.tablebook.domain.sample.StressNegotiation.build(
                1, java.time.Clock.fixed(java.time.Instant.parse("2026-05-12T14:30:00Z"), java.time.ZoneOffset.UTC)), 7);
        List<org.tablebook.domain.CostItem> items = new ArrayList<>(snapshot.costItems());
        var middle = items.get(items.size() / 2);
        items.set(items.size() / 2, new org.tablebook.domain.CostItem(middle.id(), middle.proposalId(), middle.kind(),
                middle.classificationId(), middle.amount().add(java.math.BigDecimal.ONE), middle.effectiveOn(),
                middle.note(), middle.createdAt(), middle.updatedAt()));
        var edited = snapshot.withCosting(snapshot.costingBaseline().stream().toList(), snapshot.classifications(), items);
        for (int i = 0; i < 20; i++) {
            org.tablebook.costing.Packages.compare(snapshot, null);
        }
        List<Long> fresh = new ArrayList<>();
        List<Long> change = new ArrayList<>();
        var kept = new org.tablebook.costing.CostingCache();
        org.tablebook.costing.Packages.compare(snapshot, null, kept);
        for (int i = 0; i < Math.max(runs, 5) * 3; i++) {
            long t0 = System.nanoTime();
            org.tablebook.costing.Packages.compare(snapshot, null);
            long t1 = System.nanoTime();
            org.tablebook.costing.Packages.compare(i % 2 == 0 ? edited : snapshot, null, kept);
            long t2 = System.nanoTime();
            fresh.add((t1 - t0) / 1_000_000);
            change.add((t2 - t1) / 1_000_000);
        }
        long median = median(change);
        System.err.printf("  after a change %d ms, from nothing %d ms (medians)%n", median, median(fresh));
        rows.add(new Row("Recompute the costing of the stress negotiation after a change (" + snapshot.costItems().size()
                + " priced items)", median + " ms", "\u2014", median <= 50 ? "met" : "missed", "\u2264 50 ms"));
        rows.add(new Row("The same from nothing (opening the file)", median(fresh) + " ms", "\u2014", "\u2014",
                "\u2014"));
    }

    // ---- exports and the JSON backup ----

    private void exports() throws Exception {
        System.err.println("Exports of the stress negotiation");
        NegotiationSnapshot snapshot;
        try (TablebookStore store = TablebookStore.openForReading(stress, StoreOptions.defaults(StressFile.CLOCK,
                dir.resolve("unused-backups")))) {
            snapshot = store.loadSnapshot();
        }
        Exporter exporter = new Exporter(StressFile.CLOCK);
        Path json = dir.resolve("stress-backup.json");
        Path imported = dir.resolve("imported.tablebook");
        List<Long> html = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        List<Long> jsonOut = new ArrayList<>();
        List<Long> jsonIn = new ArrayList<>();
        List<Long> jackson = new ArrayList<>();
        long htmlBytes = 0;
        long pdfBytes = 0;
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            htmlBytes = exporter.render(ExportRequest.members(snapshot, ExportFormat.HTML), ProgressListener.NONE).length;
            long t1 = System.nanoTime();
            pdfBytes = exporter.render(ExportRequest.members(snapshot, ExportFormat.PDF), ProgressListener.NONE).length;
            long t2 = System.nanoTime();
            exporter.export(ExportRequest.backup(snapshot), json, ProgressListener.NONE);
            long t3 = System.nanoTime();
            deleteTree(imported);
            NegotiationSnapshot back = new BackupReader().read(json).snapshot();
            TablebookStore.createFrom(imported, back, "Dana Reyes", "Import the backup",
                    StoreOptions.defaults(StressFile.CLOCK, dir.resolve("unused-backups"))).close();
            long t4 = System.nanoTime();
            if (!back.equals(snapshot)) {
                throw new IllegalStateException("The backup did not read back equal to the negotiation.");
            }
            // The floor of a JSON round trip: Jackson parsing the same file into a tree and writing it out.
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            long t5 = System.nanoTime();
            byte[] again = mapper.writeValueAsBytes(mapper.readTree(json.toFile()));
            long t6 = System.nanoTime();
            if (again.length == 0) {
                throw new IllegalStateException();
            }
            System.err.printf("  run %d: HTML %d ms, PDF %d ms, JSON out %d ms, in %d ms (Jackson tree %d ms)%n", i,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                    (t6 - t5) / 1_000_000);
            if (i > 0) {
                html.add((t1 - t0) / 1_000_000);
                pdf.add((t2 - t1) / 1_000_000);
                jsonOut.add((t3 - t2) / 1_000_000);
                jsonIn.add((t4 - t3) / 1_000_000);
                jackson.add((t6 - t5) / 1_000_000);
            }
        }
        rows.add(new Row("Membership summary of the stress file, HTML (" + htmlBytes / 1024 + " KB)",
                median(html) + " ms", "\u2014", median(html) <= 300 ? "met" : "missed", "\u2264 300 ms"));
        rows.add(new Row("Membership summary of the stress file, PDF (" + pdfBytes / 1024 + " KB)",
                median(pdf) + " ms", "\u2014", median(pdf) <= 3_000 ? "met" : "missed", "\u2264 3 s"));
        long roundTrip = median(jsonOut) + median(jsonIn);
        rows.add(new Row("JSON backup round trip (" + Files.size(json) / 1_000_000 + " MB): export " + median(jsonOut)
                + " ms + import into a new file " + median(jsonIn) + " ms", roundTrip + " ms",
                "Jackson: parse to a tree and write: " + median(jackson) + " ms", roundTrip <= 2_000 ? "met" : "missed",
                "\u2264 2 s"));
        Files.deleteIfExists(json);
        deleteTree(imported);
    }

    // ---- memory ----

    private void memory() throws Exception {
        System.err.println("Peak memory (VmHWM) with the window shown and settled");
        Path stressData = freshDataFolder("data-memory");
        List<Long> app = new ArrayList<>();
        List<Long> minimal = new ArrayList<>();
        for (int i = 0; i < Math.max(3, runs / 2 + 1); i++) {
            app.add(probe(javaCommand(stressData, "org.tablebook.app.Launcher", stress), true).peakKb() / 1024);
            deleteTree(stressData.resolve("backups"));
            minimal.add(probe(javaCommand(null, "org.tablebook.bench.MinimalWindow", null), true).peakKb() / 1024);
            System.err.printf("  run %d: app with the stress file %d MB, minimal window %d MB%n", i,
                    app.get(i), minimal.get(i));
        }
        rows.add(new Row("Peak memory (RSS) with the stress file open", median(app) + " MB",
                "minimal JavaFX window: " + median(minimal) + " MB", median(app) <= 350 ? "met" : "missed",
                "\u2264 350 MB"));
    }

    // ---- the table ----

    private Row ratioRow(String what, long ms, String reference, long referenceMs, double target) {
        double ratio = (double) ms / referenceMs;
        return new Row(what, ms + " ms", reference + ": " + referenceMs + " ms (\u00d7" + String.format("%.2f", ratio)
                + ")", ratio <= target ? "met" : "missed", "\u2264 " + target + "\u00d7");
    }

    private void print(String loadBefore, String loadAfter) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(machine()).append("; ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("; load average ").append(loadBefore)
                .append(" before, ").append(loadAfter).append(" after. Median of ").append(runs)
                .append(" runs.\n\n");
        out.append("| measure | Tablebook | reference (same run) | target | |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.what()).append(" | ").append(r.tablebook()).append(" | ").append(r.reference())
                    .append(" | ").append(r.target()).append(" | ").append(r.result()).append(" |\n");
        }
        System.out.println();
        System.out.print(out);
        Files.writeString(dir.resolve("results.md"), out.toString());
    }

    private static String machine() {
        try {
            String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
            long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
            return Runtime.getRuntime().availableProcessors() + " cores (" + model + "), " + Math.round(memKb / 1048576.0)
                    + " GB";
        } catch (IOException e) {
            return Runtime.getRuntime().availableProcessors() + " cores";
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double medianD(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String ms(double value) {
        return String.format(value < 10 ? "%.2f ms" : "%.1f ms", value);
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
