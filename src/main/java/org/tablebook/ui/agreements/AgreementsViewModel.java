package org.tablebook.ui.agreements;

import org.tablebook.domain.DemandCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.Agreements;
import org.tablebook.domain.Dates;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DateLabels;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.LabelledChoice;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.FieldReadings;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.ui.common.RecordList;
import org.tablebook.ui.common.StatusFilter;
import org.tablebook.ui.common.TimeText;
import org.tablebook.ui.common.Navigator;
import org.tablebook.document.NegotiationDocument;

/**
 * The Agreements tab: every tentative agreement with its status, initials and confirmation, and
 * an editor for the one selected. The editor works on a copy (the fields below) written only by
 * {@link #save()} or {@link #confirm()}. The lifecycle (reach, confirm, reopen, reach again) goes
 * through {@link Agreements}, which moves the demand with its agreement in the same change.
 */
public final class AgreementsViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;
    private final Navigator navigator;

    private final StatusFilter<TaStatus> statusFilter =
            new StatusFilter<>(TaStatus.values(), Messages.get("agreements.filter.all"));

    private final ObservableList<LabelledChoice<Demand>> demandChoices = FXCollections.observableArrayList();
    private final ObservableList<LabelledChoice<Sidebar>> sidebarChoices = FXCollections.observableArrayList();
    private final ObservableList<LabelledChoice<TableSession>> sessionChoices = FXCollections.observableArrayList();

    private final ObjectProperty<LabelledChoice<Demand>> demand = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty publicText = new SimpleStringProperty("");
    private final ObjectProperty<TaSource> source = new SimpleObjectProperty<>(TaSource.TABLE);
    private final ObjectProperty<LabelledChoice<Sidebar>> sidebar = new SimpleObjectProperty<>();
    private final StringProperty reachedOn = new SimpleStringProperty("");
    private final ObservableList<AgreedText> agreedTexts = FXCollections.observableArrayList();
    /** The agreed texts as typed, in the order of {@link #agreedTexts}: what the editor compares. */
    private final javafx.beans.property.ListProperty<String> agreedTyped =
            new javafx.beans.property.SimpleListProperty<>(FXCollections.observableArrayList());
    private final StringProperty initialedByUsOn = new SimpleStringProperty("");
    private final StringProperty initialedByThemOn = new SimpleStringProperty("");
    private final StringProperty teamApprovedAt = new SimpleStringProperty("");
    private final ObjectProperty<LabelledChoice<TableSession>> confirmedSession = new SimpleObjectProperty<>();

    private final ReadOnlyObjectWrapper<TaStatus> status = new ReadOnlyObjectWrapper<>(TaStatus.TENTATIVE);
    private final ReadOnlyStringWrapper statusExplanation = new ReadOnlyStringWrapper("");
    private final RecordEditor<TentativeAgreement> editor;
    private final RecordList<TentativeAgreement, AgreementRow> list;
    private final BooleanBinding locked;
    private final BooleanBinding canConfirm;
    private final BooleanBinding canReopen;
    private final BooleanBinding canReachAgain;
    private final BooleanBinding canDelete;
    private final BooleanBinding canOpenSidebar;

    public AgreementsViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this(document, dialogs, clock, (ref, field) -> { });
    }

    /** With a navigator, the editor's link opens the sidebar an agreement was reached in. */
    public AgreementsViewModel(NegotiationDocument document, DialogService dialogs, Clock clock, Navigator navigator) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        this.navigator = navigator;
        editor = new RecordEditor<>(document, dialogs, this::fill, this::blank,
                a -> document.snapshot() == null ? a.text() : document.snapshot().demand(a.demandId())
                        .map(AgreementsViewModel::demandLabel).orElse(a.text()),
                Messages.get("agreements.new"));
        editor.field("demandId", demand);
        editor.field("text", text);
        editor.field("publicText", publicText);
        editor.field("source", source);
        editor.field("sidebarId", sidebar);
        editor.field("reachedOn", reachedOn);
        editor.field("initialedByUsOn", initialedByUsOn);
        editor.field("initialedByThemOn", initialedByThemOn);
        editor.field("teamApprovedAt", teamApprovedAt);
        editor.field("confirmedSessionId", confirmedSession);
        editor.field("agreedText", agreedTyped);
        editor.onSave(this::save);
        list = new RecordList<>(editor, AgreementRow::agreement, AgreementRow::searchText);
        list.filter(() -> r -> statusFilter.keeps(r.status()), r -> statusFilter.reset(), statusFilter.chosenProperty());
        var editing = editor.editingProperty();
        var creating = editor.creatingProperty();
        var busy = editor.busyProperty();
        var dirty = editor.dirtyProperty();
        source.addListener((obs, was, is) -> {
            if (is == TaSource.TABLE) {
                sidebar.set(sidebarChoices.isEmpty() ? null : sidebarChoices.get(0));
            }
        });
        locked = Bindings.createBooleanBinding(() -> !creating.get()
                && (status.get() == TaStatus.IN_MOA || status.get() == TaStatus.RATIFIED), status, creating);
        canConfirm = Bindings.createBooleanBinding(() -> editing.get() && !creating.get()
                && status.get() == TaStatus.TENTATIVE && !busy.get(), editing, creating, status, busy);
        canReopen = Bindings.createBooleanBinding(() -> editing.get() && !creating.get() && !dirty.get() && !busy.get()
                && status.get().allowedNext().contains(TaStatus.REOPENED), editing, creating, status, busy, dirty);
        canReachAgain = Bindings.createBooleanBinding(() -> editing.get() && !creating.get() && !dirty.get()
                && !busy.get() && status.get() == TaStatus.REOPENED, editing, creating, status, busy, dirty);
        canDelete = Bindings.createBooleanBinding(() -> editing.get() && !creating.get() && !busy.get()
                && (status.get() == TaStatus.TENTATIVE || status.get() == TaStatus.REOPENED), editing, creating, status,
                busy);
        canOpenSidebar = Bindings.createBooleanBinding(() -> source.get() == TaSource.SIDEBAR && sidebar.get() != null
                && !sidebar.get().isNone(), source, sidebar);
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        load(document.snapshot());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- loading ----

    private void load(NegotiationSnapshot snapshot) {
        if (snapshot == null) {
            list.clear();
            return;
        }
        List<AgreementRow> fresh = snapshot.agreements().stream()
                .map(a -> AgreementRow.of(snapshot, a, zone()))
                .sorted(AgreementRow.ORDER)
                .toList();
        fillChoices(snapshot);
        list.show(fresh, summarize(fresh));
    }

    private static String summarize(List<AgreementRow> rows) {
        if (rows.isEmpty()) {
            return Messages.get("agreements.summary.none");
        }
        List<String> parts = new ArrayList<>();
        for (TaStatus s : TaStatus.values()) {
            long n = rows.stream().filter(r -> r.status() == s).count();
            if (n > 0) {
                parts.add(Messages.format("agreements.summary." + s.name(), n));
            }
        }
        return rows.size() + (rows.size() == 1 ? Messages.get("agreements.agreementsViewModel.agreement") : Messages.get("agreements.agreementsViewModel.agreements")) + String.join(", ", parts);
    }

    private void fillChoices(NegotiationSnapshot snapshot) {
        LabelledChoice<Sidebar> noSidebar = LabelledChoice.none(Messages.get("agreements.sidebar.none"));
        List<LabelledChoice<Sidebar>> sidebars = new ArrayList<>();
        sidebars.add(noSidebar);
        snapshot.sidebars().stream()
                .sorted(Comparator.comparing(AgreementsViewModel::sidebarDate).reversed())
                .forEach(s -> sidebars.add(new LabelledChoice<>(s, sidebarLabel(s, zone()))));
        List<LabelledChoice<TableSession>> sessions = new ArrayList<>();
        sessions.add(LabelledChoice.none(Messages.get("agreements.session.none")));
        snapshot.sessions().stream()
                .sorted(Comparator.comparing(TableSession::date).reversed())
                .forEach(s -> sessions.add(new LabelledChoice<>(s, sessionLabel(s))));

        // The editor's choices, taken before the lists change: a drop-down lets go of its value
        // when its list is replaced, which is not the person's doing. Quietly, they point at
        // entries of the fresh lists again.
        LabelledChoice<Sidebar> chosenSidebar = sidebar.get();
        LabelledChoice<TableSession> chosenSession = confirmedSession.get();
        LabelledChoice<Demand> chosenDemand = demand.get();
        editor.quietly(() -> {
            sidebarChoices.setAll(sidebars);
            sessionChoices.setAll(sessions);
            sidebar.set(rechoose(sidebarChoices, chosenSidebar, Sidebar::id));
            confirmedSession.set(rechoose(sessionChoices, chosenSession, TableSession::id));
            if (editor.isCreating()) {
                demandChoices.setAll(openDemands(snapshot));
                demand.set(chosenDemand == null ? null : rechoose(demandChoices, chosenDemand, Demand::id));
            }
        });
    }

    private static <T> LabelledChoice<T> rechoose(List<LabelledChoice<T>> choices, LabelledChoice<T> current,
            java.util.function.Function<T, String> id) {
        if (current == null || current.isNone()) {
            return choices.isEmpty() ? null : choices.get(0);
        }
        String wanted = id.apply(current.value());
        return choices.stream().filter(c -> !c.isNone() && id.apply(c.value()).equals(wanted)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }

    /** The demands an agreement can be reached on: those on the table, or already agreed in part. */
    private static List<LabelledChoice<Demand>> openDemands(NegotiationSnapshot snapshot) {
        return snapshot.demands().stream()
                .filter(d -> d.status() == DemandStatus.ON_TABLE || d.status() == DemandStatus.TENTATIVELY_AGREED)
                .sorted(DemandCodes.BY_SIDE_THEN_CODE)
                .map(d -> new LabelledChoice<>(d, demandLabel(d)))
                .toList();
    }

    static String demandLabel(Demand d) {
        return d.code() + "  " + d.title();
    }

    static String sidebarLabel(Sidebar s, ZoneId zone) {
        return Labels.sentence(s.purpose()) + " (" + DateLabels.date(sidebarDate(s).atZone(zone).toLocalDate()) + ")";
    }

    static String sessionLabel(TableSession s) {
        return DateLabels.date(s.date()) + (s.location().isBlank() ? "" : ", " + s.location());
    }

    private static Instant sidebarDate(Sidebar s) {
        return s.startedAt() != null ? s.startedAt() : s.scheduledAt() != null ? s.scheduledAt()
                : s.suggestedAt() != null ? s.suggestedAt() : s.createdAt();
    }

    /** Opens the sidebar the agreement was reached in (the link beside the sidebar field). */
    public void openSidebar() {
        LabelledChoice<Sidebar> chosen = sidebar.get();
        if (source.get() == TaSource.SIDEBAR && chosen != null && !chosen.isNone()) {
            navigator.reveal(EntityRef.of(chosen.value()), null);
        }
    }

    // ---- the editor ----

    /** Starts a new agreement in the editor, reached today at the table; nothing is written until {@link #save()}. */
    public void newAgreement() {
        list.startNew();
    }

    private void blank() {
        NegotiationSnapshot snapshot = document.snapshot();
        if (snapshot != null) {
            demandChoices.setAll(openDemands(snapshot));
        }
        demand.set(null);
        text.set("");
        publicText.set("");
        source.set(TaSource.TABLE);
        sidebar.set(sidebarChoices.isEmpty() ? null : sidebarChoices.get(0));
        reachedOn.set(DateLabels.field(today()));
        initialedByUsOn.set("");
        initialedByThemOn.set("");
        teamApprovedAt.set("");
        confirmedSession.set(sessionChoices.isEmpty() ? null : sessionChoices.get(0));
        status.set(TaStatus.TENTATIVE);
        statusExplanation.set(explain(TaStatus.TENTATIVE, null));
        agreedTexts.clear();
        agreedTyped.clear();
    }

    private void fill(TentativeAgreement a) {
        NegotiationSnapshot snapshot = document.snapshot();
        Demand d = snapshot == null ? null : snapshot.demand(a.demandId()).orElse(null);
        demandChoices.setAll(d == null ? List.of() : List.of(new LabelledChoice<>(d, demandLabel(d))));
        demand.set(demandChoices.isEmpty() ? null : demandChoices.get(0));
        text.set(a.text());
        publicText.set(a.publicText());
        source.set(a.source());
        sidebar.set(sidebarChoices.stream().filter(c -> !c.isNone() && c.value().id().equals(a.sidebarId()))
                .findFirst().orElse(sidebarChoices.isEmpty() ? null : sidebarChoices.get(0)));
        reachedOn.set(DateLabels.field(a.reachedOn()));
        initialedByUsOn.set(DateLabels.field(a.initialedByUsOn()));
        initialedByThemOn.set(DateLabels.field(a.initialedByThemOn()));
        teamApprovedAt.set(DateLabels.field(a.teamApprovedAt(), zone()));
        confirmedSession.set(sessionChoices.stream()
                .filter(c -> !c.isNone() && c.value().id().equals(a.confirmedSessionId()))
                .findFirst().orElse(sessionChoices.isEmpty() ? null : sessionChoices.get(0)));
        status.set(a.status());
        statusExplanation.set(explain(a.status(), snapshot == null ? null : snapshot.ratifications().stream()
                .filter(r -> r.agreementIds().contains(a.id())).reduce((x, y) -> y).orElse(null)));
        List<AgreedText> texts = new java.util.ArrayList<>();
        if (snapshot != null) {
            for (org.tablebook.domain.SectionLanguage l : snapshot.languageOf(a.demandId())) {
                if (l.role() == org.tablebook.domain.LanguageRole.AGREED && a.id().equals(l.agreementId())) {
                    snapshot.contractSection(l.sectionId()).ifPresent(c -> texts.add(new AgreedText(c, l,
                            new SimpleStringProperty(l.text()))));
                }
            }
        }
        texts.sort(java.util.Comparator.comparingInt(t -> t.section().position()));
        agreedTyped.setAll(texts.stream().map(t -> t.text().get()).toList());
        for (int i = 0; i < texts.size(); i++) {
            int at = i;
            texts.get(i).text().addListener((obs, was, is) -> {
                if (at < agreedTyped.size() && !java.util.Objects.equals(agreedTyped.get(at), is)) {
                    agreedTyped.set(at, is);
                }
            });
        }
        agreedTexts.setAll(texts);
    }

    /**
     * The agreed text of one section of the TA, as it reads in the editor. A correction is written
     * with the agreement, audited like it.
     */
    public record AgreedText(org.tablebook.domain.ContractSection section, org.tablebook.domain.SectionLanguage held,
            StringProperty text) {
    }

    /** The corrections of the agreed texts to write with the agreement; refused on a blank text. */
    private List<Entity> agreedCorrections(Instant now) {
        List<Entity> out = new java.util.ArrayList<>();
        for (AgreedText t : agreedTexts) {
            String typed = t.text().get() == null ? "" : t.text().get().strip();
            if (typed.isEmpty()) {
                throw new ValidationException("agreedText", Messages.format("agreements.agreedText.blank",
                        org.tablebook.ui.common.Formats.section(t.section())));
            }
            if (!typed.equals(t.held().text().strip())) {
                out.add(t.held().withText(typed, now));
            }
        }
        return out;
    }

    private String explain(TaStatus s, org.tablebook.domain.Ratification memorandum) {
        return switch (s) {
            case TENTATIVE -> Messages.get("agreements.status.TENTATIVE.explain");
            case CONFIRMED -> Messages.get("agreements.status.CONFIRMED.explain");
            case IN_MOA -> Messages.format("agreements.status.IN_MOA.explain",
                    memorandum == null ? "" : DateLabels.date(memorandum.moaDraftedOn()));
            case RATIFIED -> Messages.format("agreements.status.RATIFIED.explain",
                    memorandum == null ? "" : DateLabels.date(memorandum.voteOn()));
            case REOPENED -> Messages.get("agreements.status.REOPENED.explain");
        };
    }

    /**
     * Writes the editor: a new agreement is reached (its demand becomes TENTATIVELY_AGREED in the
     * same change); an existing one is edited, which the domain refuses once it is in a memorandum.
     */
    public void save() {
        editor.errors().clearAll();
        NegotiationSnapshot snapshot = document.snapshot();
        if (snapshot == null) {
            return;
        }
        Instant now = clock.instant();
        TentativeAgreement edited = fromEditor(snapshot);
        if (edited == null) {
            return;
        }
        if (editor.isCreating()) {
            Demand d = demand.get().value();
            Agreements.Change change;
            try {
                change = Agreements.reach(edited, d, now);
            } catch (ValidationException e) {
                refused(e);
                return;
            }
            editor.write(Messages.format("agreements.change.reach", d.code()), edited, true, change.toWrite(),
                    list::reselect);
        } else {
            TentativeAgreement before = editor.stored();
            List<Entity> corrections;
            try {
                Agreements.edit(before, edited);
                corrections = agreedCorrections(now);
            } catch (ValidationException e) {
                refused(e);
                return;
            }
            editor.write(Messages.format("agreements.change.edit", codeOf(snapshot, edited)), edited, false,
                    corrections, list::reselect);
        }
    }

    /**
     * Saves the editor's values and confirms the agreement on the record, at the session chosen. A
     * sidebar agreement without the team's approval is refused, with the reason on the field.
     */
    public void confirm() {
        editor.errors().clearAll();
        NegotiationSnapshot snapshot = document.snapshot();
        if (snapshot == null || editor.isCreating() || editor.stored() == null) {
            return;
        }
        TentativeAgreement edited = fromEditor(snapshot);
        if (edited == null) {
            return;
        }
        TentativeAgreement confirmed;
        try {
            confirmed = Agreements.edit(editor.stored(), edited).withStatus(TaStatus.CONFIRMED, clock.instant());
        } catch (ValidationException e) {
            refused(e);
            return;
        }
        editor.write(Messages.format("agreements.change.confirm", codeOf(snapshot, confirmed)), confirmed, false,
                list::reselect);
    }

    /** Reopens the selected agreement, after asking: both sides must have agreed to bargain it again. */
    public void reopen() {
        Chosen c = chosen();
        Agreements.Change change = c == null ? null : confirmed("reopen", c,
                () -> Agreements.reopen(c.agreement(), c.demand(), c.snapshot().agreementsOf(c.demand().id()),
                        clock.instant()));
        if (change == null) {
            return;
        }
        TentativeAgreement a = c.agreement();
        Demand d = c.demand();
        writeAll(Messages.format("agreements.change.reopen", d.code()), change.toWrite(), a);
    }

    /** A reopened agreement reached again: TENTATIVE, and its demand agreed again. */
    public void reachAgain() {
        Chosen c = chosen();
        if (c == null) {
            return;
        }
        TentativeAgreement a = c.agreement();
        Demand d = c.demand();
        try {
            Agreements.Change change = Agreements.reachAgain(a, d, clock.instant());
            writeAll(Messages.format("agreements.change.reachAgain", d.code()), change.toWrite(), a);
        } catch (ValidationException e) {
            refused(e);
        }
    }

    /** Deletes an agreement recorded by mistake, after asking; its demand goes back on the table if nothing else stands. */
    public void delete() {
        Chosen c = chosen();
        Agreements.Change change = c == null ? null : confirmed("delete", c,
                () -> Agreements.delete(c.agreement(), c.demand(), c.snapshot().agreementsOf(c.demand().id()),
                        clock.instant()));
        if (change == null) {
            return;
        }
        TentativeAgreement a = c.agreement();
        Demand d = c.demand();
        List<org.tablebook.domain.SectionLanguage> agreedLanguage = c.snapshot().languageOf(d.id()).stream()
                .filter(l -> a.id().equals(l.agreementId())).toList();
        editor.change(Messages.format("agreements.change.delete", d.code()), w -> {
            agreedLanguage.forEach(l -> w.delete(EntityRef.of(l)));
            w.delete(EntityRef.of(a));
            if (change.demandChanged()) {
                w.update(change.demand());
            }
            return a;
        }, done -> {
            editor.close();
            list.selectedProperty().set(null);
        });
    }

    /** The selected agreement with its demand, as the file has them now. */
    private record Chosen(NegotiationSnapshot snapshot, TentativeAgreement agreement, Demand demand) {
    }

    /** The selected agreement and its demand; null when nothing is selected or the demand is gone. */
    private Chosen chosen() {
        NegotiationSnapshot snapshot = document.snapshot();
        TentativeAgreement a = list.selectedRecord().orElse(null);
        if (snapshot == null || a == null) {
            return null;
        }
        return snapshot.demand(a.demandId()).map(d -> new Chosen(snapshot, a, d)).orElse(null);
    }

    /**
     * A lifecycle step that can send the demand back (reopen, delete): the change, once the person
     * agreed to the question saying so; null when the domain refused it or the person declined.
     */
    private Agreements.Change confirmed(String step, Chosen c, java.util.function.Supplier<Agreements.Change> make) {
        Agreements.Change change;
        try {
            change = make.get();
        } catch (ValidationException e) {
            refused(e);
            return null;
        }
        Demand d = c.demand();
        String question = Messages.format("agreements." + step + ".question", d.code(), d.title())
                + (change.demandChanged() ? " " + Messages.get("agreements." + step + ".demandBack") : "");
        boolean yes = dialogs.confirm(Messages.get("agreements." + step + ".title"), question,
                Messages.get("agreements." + step));
        return yes ? change : null;
    }

    /** The editor's values as an agreement, or null with the messages on their fields. */
    private TentativeAgreement fromEditor(NegotiationSnapshot snapshot) {
        FieldReadings readings = new FieldReadings();
        LocalDate reached = readings.read(() -> Dates.parseDate("reachedOn", Messages.get("agreements.agreementsViewModel.theDateItWasReached"), reachedOn.get()));
        LocalDate byUs = readings.read(() -> Dates.parseDate("initialedByUsOn", Messages.get("agreements.agreementsViewModel.ourInitialsDate"),
                initialedByUsOn.get()));
        LocalDate byThem = readings.read(() -> Dates.parseDate("initialedByThemOn", Messages.get("agreements.agreementsViewModel.theirInitialsDate"),
                initialedByThemOn.get()));
        Instant approved = readings.read(() -> TimeText.parse("teamApprovedAt", Messages.get("agreements.agreementsViewModel.theTeamSApproval"),
                teamApprovedAt.get(), zone(), LocalDate.now(clock)));
        if (demand.get() == null || demand.get().isNone()) {
            readings.refuse(new ValidationException("demandId", Messages.get("agreements.error.demand")));
        }
        if (readings.refusedOn(editor.errors())) {
            return null;
        }
        String sidebarId = source.get() == TaSource.SIDEBAR && sidebar.get() != null && !sidebar.get().isNone()
                ? sidebar.get().value().id() : null;
        String sessionId = confirmedSession.get() == null || confirmedSession.get().isNone() ? null
                : confirmedSession.get().value().id();
        Instant now = clock.instant();
        try {
            if (editor.isCreating()) {
                return new TentativeAgreement(Ids.newId(), demand.get().value().id(), text.get(), publicText.get(),
                        source.get(), sidebarId, reached, byUs, byThem, approved, sessionId, TaStatus.TENTATIVE, now, now);
            }
            TentativeAgreement before = editor.stored();
            return new TentativeAgreement(before.id(), before.demandId(), text.get(), publicText.get(), source.get(),
                    sidebarId, reached, byUs, byThem, approved, sessionId, before.status(), before.createdAt(),
                    now.isBefore(before.createdAt()) ? before.createdAt() : now);
        } catch (ValidationException e) {
            editor.errors().set(e);
            return null;
        }
    }

    /** A lifecycle step: the agreement and its demand written as one change, the form showing the result. */
    private void writeAll(String label, List<Entity> records, TentativeAgreement agreement) {
        editor.change(label, w -> {
            records.forEach(w::update);
            return agreement;
        }, list::reselect);
    }

    private static String codeOf(NegotiationSnapshot snapshot, TentativeAgreement a) {
        return snapshot.demand(a.demandId()).map(Demand::code).orElse("?");
    }

    /** A refusal of the domain: on its field when the form has one, else explained in a dialog. */
    private void refused(ValidationException e) {
        editor.errors().set(e);
        if (!EDITOR_FIELDS.contains(e.field())) {
            dialogs.showError(Messages.get("agreements.refused.title"), e.getMessage());
        }
    }

    private static final List<String> EDITOR_FIELDS = List.of("demandId", "text", "agreedText", "publicText", "sidebarId", "reachedOn",
            "initialedByUsOn", "initialedByThemOn", "teamApprovedAt", "confirmedSessionId");

    // ---- properties ----

    /** The agreed text of each contract section the TA settles, in contract order. */
    public ObservableList<AgreedText> agreedTexts() {
        return agreedTexts;
    }

    /** The agreements, narrowed by the search and the status filter; the selected one is in the editor. */
    public RecordList<TentativeAgreement, AgreementRow> list() {
        return list;
    }

    public StatusFilter<TaStatus> statusFilter() {
        return statusFilter;
    }

    public ObservableList<LabelledChoice<Demand>> demandChoices() {
        return demandChoices;
    }

    public ObservableList<LabelledChoice<Sidebar>> sidebarChoices() {
        return sidebarChoices;
    }

    public ObservableList<LabelledChoice<TableSession>> sessionChoices() {
        return sessionChoices;
    }

    public ObjectProperty<LabelledChoice<Demand>> demandProperty() {
        return demand;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty publicTextProperty() {
        return publicText;
    }

    public ObjectProperty<TaSource> sourceProperty() {
        return source;
    }

    /** True when the editor names a sidebar that {@link #openSidebar()} can open. */
    public BooleanBinding canOpenSidebarProperty() {
        return canOpenSidebar;
    }

    public ObjectProperty<LabelledChoice<Sidebar>> sidebarProperty() {
        return sidebar;
    }

    public StringProperty reachedOnProperty() {
        return reachedOn;
    }

    public StringProperty initialedByUsOnProperty() {
        return initialedByUsOn;
    }

    public StringProperty initialedByThemOnProperty() {
        return initialedByThemOn;
    }

    public StringProperty teamApprovedAtProperty() {
        return teamApprovedAt;
    }

    public ObjectProperty<LabelledChoice<TableSession>> confirmedSessionProperty() {
        return confirmedSession;
    }

    public ReadOnlyObjectProperty<TaStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusExplanationProperty() {
        return statusExplanation.getReadOnlyProperty();
    }

    /** The editor of the selected agreement: dirty, busy, messages, save bar. */
    public RecordEditor<TentativeAgreement> editor() {
        return editor;
    }

    /** True while the agreement is in a memorandum or ratified: its text is what the members vote on. */
    public BooleanBinding lockedProperty() {
        return locked;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    public BooleanBinding canReopenProperty() {
        return canReopen;
    }

    public BooleanBinding canReachAgainProperty() {
        return canReachAgain;
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
