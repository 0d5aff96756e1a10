package org.tablebook.ui.common;

import org.tablebook.domain.DemandCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.Check;
import org.tablebook.domain.Dates;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.ValidationException;
import org.tablebook.document.NegotiationDocument;

/**
 * The "Log a pass" form, used in a demand's proposal history and in a table session: one pass
 * across the table on one demand. It opens with what is most likely: the side whose turn it is,
 * INITIAL for a demand's first pass and COUNTER after it, and today's session when there is one.
 * A demand's first pass puts it ON_TABLE in the same change.
 */
public final class PassFormViewModel {
    /** A session a pass can be logged in; {@link #NONE} for a pass made outside a table session. */
    public record SessionChoice(TableSession session, String label) {
        public static final SessionChoice NONE = new SessionChoice(null, Messages.get("common.passFormViewModel.noSessionPassedOutsideA"));

        public String id() {
            return session == null ? null : session.id();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The full text the pass proposes for one section its demand changes. A new pass starts from
     * the latest text passed on the section (or the current contract's); blank proposes nothing.
     */
    public record SectionText(org.tablebook.domain.ContractSection section, StringProperty text) {
    }

    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObjectProperty<Demand> demand = new SimpleObjectProperty<>();
    private final ObservableList<Demand> demandChoices = FXCollections.observableArrayList();
    private final ObservableList<SessionChoice> sessions = FXCollections.observableArrayList(SessionChoice.NONE);
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(Side.OURS);
    private final ObjectProperty<ProposalKind> kind = new SimpleObjectProperty<>(ProposalKind.INITIAL);
    private final StringProperty passedOn = new SimpleStringProperty("");
    private final ObjectProperty<SessionChoice> session = new SimpleObjectProperty<>(SessionChoice.NONE);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<SectionText> sectionTexts = FXCollections.observableArrayList();
    private final BooleanProperty demandFixed = new SimpleBooleanProperty(true);
    private final RecordEditor<Proposal> editor;
    private final LiveValidation validation;
    private boolean sideChosen;
    // What a new pass opens on: its demand and session, as startNew was given them.
    private Demand newOn;
    private TableSession newIn;
    private Consumer<Proposal> onSaved = p -> { };

    public PassFormViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        editor = new RecordEditor<>(document, dialogs, this::fill, this::blank, Proposal::summary,
                Messages.get("pass.heading.new"));
        editor.field("demandId", demand);
        editor.field("side", side);
        editor.field("kind", kind);
        editor.field("passedOn", passedOn);
        editor.field("sessionId", session);
        editor.field("summary", summary);
        editor.field("text", text);
        validation = new LiveValidation(editor.errors(), this::rules)
                .watch("demandId", demand)
                .watch("side", side)
                .watch("kind", kind)
                .watch("passedOn", passedOn)
                .watch("sessionId", session)
                .watch("summary", summary)
                .watch("text", text);
        side.addListener((obs, was, is) -> sideChosen |= !editor.isQuiet());
        kind.addListener((obs, was, is) -> sideChosen |= !editor.isQuiet());
        demand.addListener((obs, was, is) -> {
            if (!editor.isQuiet() && editor.isCreating() && !sideChosen) {
                editor.quietly(this::applyTurnDefaults);
            }
            if (!editor.isQuiet() && editor.isCreating()) {
                sectionTexts.setAll(startingTexts(is));
            }
        });
        session.addListener((obs, was, is) -> {
            // Picking a session dates the pass on that session's day.
            if (!editor.isQuiet() && is != null && is.session() != null) {
                editor.quietly(() -> passedOn.set(Formats.isoDate(is.session().date())));
                validation.refresh();
            }
        });
        document.snapshotProperty().addListener((obs, was, is) -> refreshChoices(is));
        refreshChoices(document.snapshot());
    }

    /** Called after a pass is written, with the pass: the screens select it. */
    public void setOnSaved(Consumer<Proposal> onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    /**
     * Opens the form for a new pass on {@code on} (null: the person chooses the demand), in
     * {@code inSession} (null: today's session, if there is one).
     */
    public void startNew(Demand on, TableSession inSession) {
        refreshChoices(document.snapshot());
        sideChosen = false;
        demandFixed.set(on != null && inSession == null);
        newOn = on;
        newIn = inSession;
        validation.load(editor::startNew);
        sectionTexts.setAll(startingTexts(on));
    }

    private void blank() {
        demand.set(newOn);
        summary.set("");
        text.set("");
        SessionChoice s = newIn != null ? choiceFor(newIn.id()) : todaysSession();
        session.set(s);
        passedOn.set(Formats.isoDate(s.session() != null ? s.session().date() : today()));
        applyTurnDefaults();
    }

    /** Opens the form on a pass already logged, to correct it. */
    public void startEdit(Proposal pass) {
        NegotiationSnapshot s = document.snapshot();
        refreshChoices(s);
        sideChosen = true;
        demandFixed.set(true);
        validation.load(() -> editor.show(pass));
        List<SectionText> texts = new java.util.ArrayList<>();
        for (org.tablebook.domain.ContractSection c : org.tablebook.document.ContractChanges.sectionsChangedBy(s,
                pass.demandId())) {
            texts.add(new SectionText(c, new SimpleStringProperty(proposedBy(s, pass, c).map(
                    org.tablebook.domain.SectionLanguage::text).orElse(""))));
        }
        sectionTexts.setAll(texts);
    }

    private void fill(Proposal pass) {
        demand.set(document.snapshot().demand(pass.demandId()).orElse(null));
        side.set(pass.side());
        kind.set(pass.kind());
        session.set(pass.sessionId() == null ? SessionChoice.NONE : choiceFor(pass.sessionId()));
        passedOn.set(Formats.isoDate(pass.passedOn()));
        summary.set(pass.summary());
        text.set(pass.text());
    }

    /** A new pass's texts: each section's latest proposed text on the demand, or the current contract's. */
    private List<SectionText> startingTexts(Demand on) {
        NegotiationSnapshot s = document.snapshot();
        if (on == null || s == null) {
            return List.of();
        }
        List<SectionText> out = new java.util.ArrayList<>();
        List<Proposal> history = s.proposalsOf(on.id());
        for (org.tablebook.domain.ContractSection c : org.tablebook.document.ContractChanges.sectionsChangedBy(s,
                on.id())) {
            String start = c.text() == null ? "" : c.text();
            for (int i = history.size() - 1; i >= 0; i--) {
                java.util.Optional<org.tablebook.domain.SectionLanguage> l = proposedBy(s, history.get(i), c);
                if (l.isPresent()) {
                    start = l.get().text();
                    break;
                }
            }
            out.add(new SectionText(c, new SimpleStringProperty(start)));
        }
        return out;
    }

    private static java.util.Optional<org.tablebook.domain.SectionLanguage> proposedBy(NegotiationSnapshot s,
            Proposal pass, org.tablebook.domain.ContractSection c) {
        return s.languageOf(pass.demandId()).stream().filter(l -> l.role() == org.tablebook.domain.LanguageRole.PROPOSED
                && l.proposalId().equals(pass.id()) && l.sectionId().equals(c.id())).findFirst();
    }

    /**
     * Writes the proposed texts of the pass in the change that writes the pass: a blank text
     * proposes nothing (and drops what the pass proposed), a text is written when it differs from
     * the current contract's or the pass already proposed one.
     */
    private void writeTexts(org.tablebook.store.Changes w, NegotiationSnapshot s, Proposal pass,
            List<SectionText> texts, Instant now) {
        for (SectionText t : texts) {
            String typed = t.text().get() == null ? "" : t.text().get().strip();
            java.util.Optional<org.tablebook.domain.SectionLanguage> held = s == null ? java.util.Optional.empty()
                    : proposedBy(s, pass, t.section());
            if (typed.isEmpty()) {
                held.ifPresent(h -> w.delete(EntityRef.of(h)));
            } else if (held.isPresent()) {
                w.update(held.get().withText(typed, now));
            } else if (!typed.equals(t.section().text() == null ? "" : t.section().text().strip())) {
                w.insert(org.tablebook.domain.SectionLanguage.proposed(Ids.newId(), t.section().id(), pass, typed, now));
            }
        }
    }

    /** Closes the form without writing anything (Escape). */
    public void cancel() {
        sectionTexts.clear();
        editor.close();
    }

    /** Writes the pass as one change; nothing is written while a field has a problem. */
    public void save() {
        if (editor.busyProperty().get() || !validation.checkAll()) {
            return;
        }
        Demand on = demand.get();
        LocalDate date = Dates.parseDate("passedOn", Messages.get("common.passFormViewModel.theDate"), passedOn.get());
        Instant now = clock.instant();
        Proposal old = editor.stored();
        Proposal pass;
        try {
            pass = old == null
                    ? new Proposal(Ids.newId(), on.id(), side.get(), date, session.get().id(), kind.get(),
                            summary.get(), text.get(), now, now)
                    : new Proposal(old.id(), on.id(), side.get(), date, session.get().id(), kind.get(), summary.get(),
                            text.get(), old.createdAt(), now.isBefore(old.createdAt()) ? old.createdAt() : now);
        } catch (ValidationException e) {
            editor.errors().set(e);
            return;
        }
        NegotiationSnapshot before = document.snapshot();
        List<SectionText> texts = List.copyOf(sectionTexts);
        if (old == null) {
            editor.change(Messages.get("common.passFormViewModel.logAPass"), w -> {
                w.insert(pass);
                writeTexts(w, before, pass, texts, now);
                // A demand's first pass puts it on the table.
                w.find(EntityRef.of(on)).map(Demand.class::cast).filter(d -> d.status() == DemandStatus.DRAFT)
                        .ifPresent(d -> w.update(d.withStatus(DemandStatus.ON_TABLE, now)));
                return pass;
            }, this::saved);
        } else {
            editor.change(Messages.get("common.passFormViewModel.editPass"), w -> {
                w.update(pass);
                writeTexts(w, before, pass, texts, now);
                return pass;
            }, this::saved);
        }
    }

    /** Deletes the pass being edited, after asking. */
    public void delete() {
        Proposal pass = editor.stored();
        if (pass == null || editor.busyProperty().get()) {
            return;
        }
        if (!dialogs.confirm(Messages.get("pass.delete.confirm.title"),
                Messages.format(pass.side() == Side.OURS ? "pass.delete.confirm.ours" : "pass.delete.confirm.theirs",
                        Formats.date(pass.passedOn()), pass.summary()), Messages.get("pass.delete.confirm.button"))) {
            return;
        }
        // Its costing items go with it, in the same change, so one undo brings both back.
        List<org.tablebook.domain.CostItem> items = document.snapshot() == null ? List.of()
                : document.snapshot().costItemsOf(pass.id());
        // Its proposed language goes with it; a TA's text taken from it stays, no longer linked to it.
        List<org.tablebook.domain.SectionLanguage> language = document.snapshot() == null ? List.of()
                : document.snapshot().languageOf(pass.demandId()).stream()
                        .filter(l -> pass.id().equals(l.proposalId())).toList();
        Instant now = clock.instant();
        editor.change(Messages.get("common.passFormViewModel.deletePass"), w -> {
            items.forEach(i -> w.delete(EntityRef.of(i)));
            for (org.tablebook.domain.SectionLanguage l : language) {
                if (l.role() == org.tablebook.domain.LanguageRole.PROPOSED) {
                    w.delete(EntityRef.of(l));
                } else {
                    w.update(new org.tablebook.domain.SectionLanguage(l.id(), l.role(), l.sectionId(), l.demandId(),
                            null, l.agreementId(), l.text(), l.createdAt(), now));
                }
            }
            w.delete(EntityRef.of(pass));
            return pass;
        }, done -> cancel());
    }

    private void saved(Proposal pass) {
        cancel();
        onSaved.accept(pass);
    }

    private void rules(LiveValidation.Problems p) {
        if (demand.get() == null) {
            p.add("demandId", Messages.get("common.passFormViewModel.chooseTheDemandThisPass"));
        }
        p.check(() -> Check.present("side", Messages.get("common.passFormViewModel.theSideThatPassedIt"), side.get()));
        p.check(() -> Check.present("kind", Messages.get("common.passFormViewModel.theKindOfPass"), kind.get()));
        LocalDate date = null;
        if (passedOn.get() == null || passedOn.get().isBlank()) {
            p.add("passedOn", Messages.format("common.passFormViewModel.dateRequired", today()));
        } else {
            try {
                date = Dates.parseDate("passedOn", Messages.get("common.passFormViewModel.theDate"), passedOn.get());
            } catch (ValidationException e) {
                p.add(e.field(), e.getMessage());
            }
        }
        TableSession s = session.get() == null ? null : session.get().session();
        if (s != null && date != null && !s.date().equals(date)) {
            p.add("sessionId", Messages.format("common.passFormViewModel.otherDay", Formats.date(s.date()), Formats.date(date)));
        }
        if (summary.get() == null || summary.get().isBlank()) {
            p.add("summary", Messages.get("common.passFormViewModel.theSummaryIsRequiredSay"));
        }
        p.check(() -> Check.text("summary", Messages.get("common.passFormViewModel.theSummary"), summary.get()));
        p.check(() -> Check.text("text", Messages.get("common.passFormViewModel.theText"), text.get()));
    }

    private void applyTurnDefaults() {
        Demand on = demand.get();
        NegotiationSnapshot s = document.snapshot();
        List<Proposal> history = on == null || s == null ? List.of() : s.proposalsOf(on.id());
        if (history.isEmpty()) {
            side.set(on == null ? Side.OURS : on.proposedBy());
            kind.set(ProposalKind.INITIAL);
        } else {
            side.set(history.get(history.size() - 1).side() == Side.OURS ? Side.THEIRS : Side.OURS);
            kind.set(ProposalKind.COUNTER);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest session held today, or none. */
    private SessionChoice todaysSession() {
        LocalDate today = today();
        return sessions.stream().filter(c -> c.session() != null && c.session().date().equals(today))
                .max(Comparator.comparing((SessionChoice c) -> c.session().start() == null ? java.time.LocalTime.MIN
                        : c.session().start()).thenComparing(c -> c.session().createdAt()))
                .orElse(SessionChoice.NONE);
    }

    private SessionChoice choiceFor(String sessionId) {
        return sessions.stream().filter(c -> sessionId.equals(c.id())).findFirst().orElse(SessionChoice.NONE);
    }

    private void refreshChoices(NegotiationSnapshot s) {
        if (s == null) {
            return;
        }
        String chosen = session.get() == null ? null : session.get().id();
        List<SessionChoice> fresh = new java.util.ArrayList<>();
        fresh.add(SessionChoice.NONE);
        s.sessions().stream()
                .sorted(Comparator.comparing(TableSession::date).thenComparing(TableSession::createdAt).reversed())
                .forEach(x -> fresh.add(new SessionChoice(x, x.date().equals(today())
                        ? (Formats.sessionWithoutDate(x).isEmpty() ? Messages.get("common.passFormViewModel.today")
                                : Messages.format("common.passFormViewModel.todayAt", Formats.sessionWithoutDate(x)))
                        : Formats.session(x))));
        List<Demand> demands = s.demands().stream().sorted(Comparator.comparing(Demand::code, DemandCodes.ORDER))
                .toList();
        String onId = demand.get() == null ? null : demand.get().id();
        validation.quietly(() -> editor.quietly(() -> {
            // A list is replaced only when it differs, and a choice that is no longer offered is
            // let go of first: a drop-down whose chosen item leaves its list under it fails.
            if (!sessions.equals(fresh)) {
                session.set(null);
                sessions.setAll(fresh);
            }
            session.set(chosen == null ? SessionChoice.NONE : choiceFor(chosen));
            if (!demandChoices.equals(demands)) {
                Demand still = onId == null ? null : s.demand(onId).orElse(null);
                demand.set(null);
                demandChoices.setAll(demands);
                demand.set(still);
            } else if (onId != null) {
                demand.set(s.demand(onId).orElse(null));
            }
        }));
    }

    public ObjectProperty<Demand> demandProperty() {
        return demand;
    }

    /** Every demand, by code: for choosing the demand when the form is opened from a session. */
    public ObservableList<Demand> demandChoices() {
        return demandChoices;
    }

    /** No session first, then the sessions newest first. */
    public ObservableList<SessionChoice> sessions() {
        return sessions;
    }

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    public ObjectProperty<ProposalKind> kindProperty() {
        return kind;
    }

    /** The date as typed, year-month-day. */
    public StringProperty passedOnProperty() {
        return passedOn;
    }

    public ObjectProperty<SessionChoice> sessionProperty() {
        return session;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** True while the form is shown, for a new pass or one being corrected. */
    public ReadOnlyBooleanProperty openProperty() {
        return editor.editingProperty();
    }

    /** The editor of the pass: busy, the messages on its fields, and the pass being corrected (null for a new one). */
    public RecordEditor<Proposal> editor() {
        return editor;
    }

    /** True when the demand was given and cannot be changed in the form. */
    public BooleanProperty demandFixedProperty() {
        return demandFixed;
    }

    /** The full text proposed for each section the demand changes, in contract order. */
    public ObservableList<SectionText> sectionTexts() {
        return sectionTexts;
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
