package org.tablebook.ui.agreements;

import org.tablebook.domain.DemandCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.Dates;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.Ratifications;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.ValidationException;
import org.tablebook.domain.VoteResult;
import org.tablebook.ui.common.DateLabels;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.ui.common.FieldReadings;
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.ui.common.Messages;

/**
 * The Memorandum and ratification tab: the confirmed agreements ready for a memorandum of
 * agreement, the memoranda drafted so far, and the members' vote on the one selected. Every step
 * is computed by {@link Ratifications} and written as one change: the memorandum and every
 * agreement whose status it moves.
 */
public final class MemorandumViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObservableList<MemorandumRow> memoranda = FXCollections.observableArrayList();
    private final ObjectProperty<MemorandumRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<AgreementLine> ready = FXCollections.observableArrayList();
    private final ObservableList<AgreementLine> inMemorandum = FXCollections.observableArrayList();
    private final StringProperty draftOn = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper pendingLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper anyChosen = new ReadOnlyBooleanWrapper();

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper voted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultStyle = new ReadOnlyStringWrapper("");
    private final StringProperty voteOn = new SimpleStringProperty("");
    private final StringProperty eligible = new SimpleStringProperty("");
    private final StringProperty yes = new SimpleStringProperty("");
    private final StringProperty no = new SimpleStringProperty("");
    private final RecordEditor<Ratification> editor;
    private final FieldErrors errors;
    private boolean reverting;
    private final BooleanBinding canRecordVote;
    private final BooleanBinding canChangeMemorandum;

    public MemorandumViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        draftOn.set(DateLabels.field(LocalDate.now(clock)));
        // The vote typed on a memorandum is the record's edit: dirty, the question on leaving, drafts.
        editor = new RecordEditor<>(document, dialogs, this::fillVote, () -> { },
                r -> Messages.format("moa.heading", DateLabels.date(r.moaDraftedOn())), Messages.get("moa.new"));
        errors = editor.errors();
        editor.field("voteOn", voteOn);
        editor.field("eligibleVoters", eligible);
        editor.field("yes", yes);
        editor.field("no", no);
        editor.onSave(this::recordVote);
        editor.onReveal(this::select);
        selected.addListener((obs, was, is) -> choose(was, is));
        ReadOnlyBooleanProperty busy = editor.busyProperty();
        canChangeMemorandum = Bindings.createBooleanBinding(() -> selected.get() != null && !voted.get() && !busy.get(),
                selected, voted, busy);
        canRecordVote = canChangeMemorandum;
        draftOn.addListener((obs, was, is) -> errors.clear("moaDraftedOn"));
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        load(document.snapshot());
    }

    private void load(NegotiationSnapshot snapshot) {
        if (snapshot == null) {
            memoranda.clear();
            ready.clear();
            inMemorandum.clear();
            return;
        }
        List<MemorandumRow> rows = snapshot.ratifications().stream()
                .sorted(Comparator.comparing(Ratification::moaDraftedOn).thenComparing(Ratification::createdAt).reversed())
                .map(MemorandumRow::of)
                .toList();
        memoranda.setAll(rows);
        Optional<Ratification> waiting = Ratifications.pending(snapshot);
        pending.set(waiting.isPresent());
        pendingLabel.set(waiting.map(r -> DateLabels.date(r.moaDraftedOn())).orElse(""));
        ready.setAll(snapshot.agreements().stream()
                .filter(a -> a.status() == TaStatus.CONFIRMED)
                .map(a -> line(snapshot, a))
                .sorted(Comparator.comparing(AgreementLine::demandCode, DemandCodes.ORDER))
                .toList());
        ready.forEach(l -> l.chosenProperty().addListener((obs, was, is) -> refreshChosen()));
        refreshChosen();

        MemorandumRow current = selected.get();
        MemorandumRow again = current == null ? null
                : rows.stream().filter(r -> r.id().equals(current.id())).findFirst().orElse(null);
        if (again == null) {
            again = rows.stream().filter(r -> r.ratification().voteOn() == null).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(0));
        }
        if (again != null && again.equals(current)) {
            show(again);
        } else {
            selected.set(again);
        }
    }

    private void refreshChosen() {
        anyChosen.set(ready.stream().anyMatch(AgreementLine::isChosen));
    }

    private static AgreementLine line(NegotiationSnapshot snapshot, TentativeAgreement a) {
        Demand d = snapshot.demand(a.demandId()).orElse(null);
        String code = d == null ? "?" : d.code();
        String title = d == null ? "" : d.title();
        return new AgreementLine(a.id(), code, title, firstLine(a.text()), a.status(), DateLabels.date(a.reachedOn()));
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 119) + "\u2026" : line;
    }

    /** Another memorandum chosen: an unsaved vote is asked about first; Cancel keeps it chosen. */
    private void choose(MemorandumRow was, MemorandumRow is) {
        if (reverting) {
            return;
        }
        Ratification current = editor.stored();
        boolean same = is != null && current != null && is.id().equals(current.id());
        if (same || !editor.isDirty()) {
            show(is);
            return;
        }
        boolean[] went = {false};
        editor.leave(() -> {
            went[0] = true;
            if (selected.get() != is) {
                selected.set(is);
            } else {
                show(is);
            }
        });
        if (!went[0] && !editor.busyProperty().get()) {
            reverting = true;
            try {
                selected.set(was);
            } finally {
                reverting = false;
            }
        }
    }

    private void fillVote(Ratification r) {
        voteOn.set(r.voteOn() == null ? DateLabels.field(LocalDate.now(clock)) : DateLabels.field(r.voteOn()));
        eligible.set(r.eligibleVoters() == null ? "" : r.eligibleVoters().toString());
        yes.set(r.yes() == null ? "" : r.yes().toString());
        no.set(r.no() == null ? "" : r.no().toString());
    }

    private void show(MemorandumRow row) {
        NegotiationSnapshot snapshot = document.snapshot();
        if (row == null || snapshot == null) {
            editor.close();
            heading.set("");
            inMemorandum.clear();
            voted.set(false);
            result.set("");
            resultStyle.set("");
            return;
        }
        Ratification r = row.ratification();
        heading.set(Messages.format("moa.heading", DateLabels.date(r.moaDraftedOn())));
        inMemorandum.setAll(r.agreementIds().stream()
                .map(id -> snapshot.agreement(id).map(a -> line(snapshot, a)).orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList());
        voted.set(r.voteOn() != null);
        editor.edit(r);
        result.set(describeResult(r));
        resultStyle.set(r.result().map(v -> v == VoteResult.RATIFIED ? "ratified" : "rejected").orElse("waiting"));
    }

    static String describeResult(Ratification r) {
        Optional<VoteResult> v = r.result();
        if (v.isEmpty()) {
            return Messages.get("moa.result.waiting");
        }
        return Messages.format(v.get() == VoteResult.RATIFIED ? "moa.result.ratified" : "moa.result.rejected",
                r.yes(), r.no(), r.eligibleVoters(), DateLabels.date(r.voteOn()), turnout(r));
    }

    private static String turnout(Ratification r) {
        if (r.eligibleVoters() == null || r.eligibleVoters() == 0) {
            return "";
        }
        long percent = Math.round(100.0 * (r.yes() + r.no()) / r.eligibleVoters());
        return Messages.format("moa.result.turnout", percent);
    }

    // ---- commands ----

    /** Selects the memorandum with this id (from a link elsewhere). */
    public boolean select(String id) {
        return memoranda.stream().filter(r -> r.id().equals(id)).findFirst().map(r -> {
            selected.set(r);
            return true;
        }).orElse(false);
    }

    /** Chooses every agreement ready for a memorandum, or none when all are chosen already. */
    public void chooseAll() {
        boolean all = ready.stream().allMatch(AgreementLine::isChosen);
        ready.forEach(l -> l.chosenProperty().set(!all));
    }

    /**
     * Puts the chosen confirmed agreements in a memorandum: a new one drafted on the date given, or
     * the one still waiting for its vote.
     */
    public void putChosenInMemorandum() {
        NegotiationSnapshot snapshot = document.snapshot();
        if (snapshot == null) {
            return;
        }
        errors.clearAll();
        List<String> chosen = ready.stream().filter(AgreementLine::isChosen).map(AgreementLine::id).toList();
        Optional<Ratification> waiting = Ratifications.pending(snapshot);
        Ratifications.Change change;
        try {
            if (waiting.isPresent()) {
                change = Ratifications.add(snapshot, waiting.get().id(), chosen, clock.instant());
            } else {
                LocalDate on = Dates.parseDate("moaDraftedOn", Messages.get("agreements.memorandumViewModel.theDraftingDate"), draftOn.get());
                if (on == null) {
                    throw new ValidationException("moaDraftedOn", Messages.get("moa.error.draftDate"));
                }
                change = Ratifications.draft(snapshot, on, chosen, clock.instant());
            }
        } catch (ValidationException e) {
            refused(e);
            return;
        }
        boolean isNew = waiting.isEmpty();
        write(isNew ? Messages.get("moa.change.draft") : Messages.get("moa.change.add"), change, isNew);
    }

    /** Takes one agreement out of the selected memorandum before the vote; it goes back to CONFIRMED. */
    public void remove(AgreementLine line) {
        NegotiationSnapshot snapshot = document.snapshot();
        MemorandumRow row = selected.get();
        if (snapshot == null || row == null || line == null) {
            return;
        }
        try {
            write(Messages.format("moa.change.remove", line.demandCode()),
                    Ratifications.remove(snapshot, row.id(), line.id(), clock.instant()), false);
        } catch (ValidationException e) {
            refused(e);
        }
    }

    /** Discards the selected memorandum before the vote, after asking; its agreements go back to CONFIRMED. */
    public void discard() {
        NegotiationSnapshot snapshot = document.snapshot();
        MemorandumRow row = selected.get();
        if (snapshot == null || row == null) {
            return;
        }
        Ratifications.Change change;
        try {
            change = Ratifications.discard(snapshot, row.id(), clock.instant());
        } catch (ValidationException e) {
            refused(e);
            return;
        }
        if (!dialogs.confirm(Messages.get("moa.discard.title"), Messages.format("moa.discard.question",
                DateLabels.date(row.ratification().moaDraftedOn()), change.agreements().size()),
                Messages.get("moa.discard"))) {
            return;
        }
        editor.change(Messages.get("moa.change.discard"), w -> {
            change.agreements().forEach(w::update);
            w.delete(EntityRef.of(change.ratification()));
            return change;
        }, done -> {
            editor.close();
            selected.set(null);
            load(document.snapshot());
        });
    }

    /**
     * Records the members' vote on the selected memorandum, after saying what it will do: a yes
     * ratifies every agreement in it; a no sends them back to CONFIRMED and the parties back to the
     * table, and the memorandum keeps the rejected vote.
     */
    public void recordVote() {
        NegotiationSnapshot snapshot = document.snapshot();
        MemorandumRow row = selected.get();
        if (snapshot == null || row == null) {
            return;
        }
        errors.clearAll();
        FieldReadings readings = new FieldReadings();
        LocalDate on = readings.read(() -> Dates.parseDate("voteOn", Messages.get("agreements.memorandumViewModel.theDateOfTheVote"), voteOn.get()));
        Integer eligibleVoters = readings.read(() -> count("eligibleVoters", Messages.get("agreements.memorandumViewModel.theNumberOfEligibleVoters"),
                eligible.get()));
        Integer yesVotes = readings.read(() -> count(Messages.get("agreements.memorandumViewModel.yes"), Messages.get("agreements.memorandumViewModel.theYesVotes"), yes.get()));
        Integer noVotes = readings.read(() -> count(Messages.get("agreements.memorandumViewModel.no"), Messages.get("agreements.memorandumViewModel.theNoVotes"), no.get()));
        if (readings.refusedOn(errors)) {
            return;
        }
        Ratifications.Change change;
        try {
            change = Ratifications.recordVote(snapshot, row.id(), on, eligibleVoters, yesVotes, noVotes,
                    clock.instant());
        } catch (ValidationException e) {
            refused(e);
            return;
        }
        boolean ratifies = change.ratification().result().orElseThrow() == VoteResult.RATIFIED;
        int n = change.agreements().size();
        String question = Messages.format(ratifies ? "moa.vote.question.yes" : "moa.vote.question.no",
                yesVotes, noVotes, eligibleVoters, n);
        if (!dialogs.confirm(Messages.get("moa.vote.title"), question, Messages.get("moa.vote.record"))) {
            return;
        }
        write(Messages.get(ratifies ? "moa.change.ratified" : "moa.change.rejected"), change, false);
    }

    private static Integer count(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, label + " " + Messages.get("moa.error.required"));
        }
        try {
            return Integer.valueOf(text.strip().replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new ValidationException(field, label + " " + Messages.format("moa.error.number", text.strip()));
        }
    }

    private void write(String label, Ratifications.Change change, boolean insertMemorandum) {
        Ratification written = change.ratification();
        editor.change(label, w -> {
            if (insertMemorandum) {
                w.insert(written);
            } else {
                w.update(written);
            }
            change.agreements().forEach(w::update);
            return written.id();
        }, id -> {
            if (editor.stored() != null && editor.stored().id().equals(id)) {
                // What was typed is now the record: shown as stored, not as an edit kept over it.
                editor.show(written);
            }
            select(id);
        });
    }

    private void refused(ValidationException e) {
        errors.set(e);
        if (!List.of("voteOn", "eligibleVoters", Messages.get("agreements.memorandumViewModel.yes"), Messages.get("agreements.memorandumViewModel.no"), "moaDraftedOn").contains(e.field())) {
            dialogs.showError(Messages.get("moa.refused.title"), e.getMessage());
        }
    }

    // ---- properties ----

    public ObservableList<MemorandumRow> memoranda() {
        return memoranda;
    }

    public ObjectProperty<MemorandumRow> selectedProperty() {
        return selected;
    }

    /** Confirmed agreements not in any memorandum, each with a "chosen" box. */
    public ObservableList<AgreementLine> ready() {
        return ready;
    }

    /** The agreements of the selected memorandum. */
    public ObservableList<AgreementLine> inMemorandum() {
        return inMemorandum;
    }

    public StringProperty draftOnProperty() {
        return draftOn;
    }

    /** True while a memorandum waits for its vote: chosen agreements are added to it rather than to a new one. */
    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The drafting date of the memorandum waiting for its vote, as shown. */
    public ReadOnlyStringProperty pendingLabelProperty() {
        return pendingLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyChosenProperty() {
        return anyChosen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty votedProperty() {
        return voted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "waiting", "ratified" or "rejected": for the view's style. */
    public ReadOnlyStringProperty resultStyleProperty() {
        return resultStyle.getReadOnlyProperty();
    }

    public StringProperty voteOnProperty() {
        return voteOn;
    }

    public StringProperty eligibleProperty() {
        return eligible;
    }

    public StringProperty yesProperty() {
        return yes;
    }

    public StringProperty noProperty() {
        return no;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return editor.busyProperty();
    }

    public BooleanBinding canRecordVoteProperty() {
        return canRecordVote;
    }

    /** True when the selected memorandum has no vote yet, so agreements can be taken out of it or it discarded. */
    public BooleanBinding canChangeMemorandumProperty() {
        return canChangeMemorandum;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** The editor of the vote typed on the selected memorandum: dirty, the question on leaving, drafts. */
    public RecordEditor<Ratification> editor() {
        return editor;
    }

    /**
     * One agreement as the memorandum lists show it, with a box to choose it for a memorandum.
     *
     * @param text the first line of the agreed text
     */
    public record AgreementLine(String id, String demandCode, String demandTitle, String text, TaStatus status,
            String reachedOn, BooleanProperty chosenProperty) {

        AgreementLine(String id, String demandCode, String demandTitle, String text, TaStatus status, String reachedOn) {
            this(id, demandCode, demandTitle, text, status, reachedOn, new SimpleBooleanProperty());
        }

        public boolean isChosen() {
            return chosenProperty.get();
        }

        @Override
        public String toString() {
            return demandCode + " " + demandTitle;
        }
    }

    /** One memorandum in the list. */
    public record MemorandumRow(Ratification ratification, String draftedOn, int agreements, String vote,
            String result) {

        public String id() {
            return ratification.id();
        }

        /** "Drafted 11 Nov 2026 · 4 agreements". */
        public String heading() {
            return Messages.format("moa.row.heading", draftedOn, agreements);
        }

        /** "Rejected: 131 yes, 236 no on 18 Nov 2026", "Waiting for the vote". */
        public String outcome() {
            return ratification.voteOn() == null ? result : result + ": " + vote;
        }

        /** "waiting", "ratified" or "rejected". */
        public String style() {
            return ratification.result().map(v -> v == VoteResult.RATIFIED ? "ratified" : "rejected").orElse("waiting");
        }

        static MemorandumRow of(Ratification r) {
            String vote = r.voteOn() == null ? Messages.get("moa.row.noVote")
                    : Messages.format("moa.row.vote", r.yes(), r.no(), DateLabels.date(r.voteOn()));
            String result = r.result().map(v -> v == VoteResult.RATIFIED ? Messages.get("moa.row.ratified")
                    : Messages.get("moa.row.rejected")).orElse(Messages.get("moa.row.waiting"));
            return new MemorandumRow(r, DateLabels.date(r.moaDraftedOn()), r.agreementIds().size(), vote, result);
        }
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
