package org.tablebook.ui.sidebars;

import org.tablebook.ui.common.TimeText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.Agreements;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;
import org.tablebook.document.NegotiationDocument;

/**
 * One demand discussed in a sidebar: each side's position and the tentative conclusion (written
 * after the sidebar), then the committee's decision on it at the report-back (reference 001: the
 * full committee accepts, rejects or counters). An accepted topic becomes a tentative agreement in
 * one step; it stays TENTATIVE until the team approves it (reference 000: the reps have no
 * authority to agree alone).
 */
public final class TopicViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private NegotiationSnapshot snapshot;
    private SidebarTopic stored;
    private Runnable onEdit = () -> { };
    private java.util.function.Consumer<List<TopicViewModel>> agree = list -> { };
    private boolean ended;

    private final ReadOnlyStringWrapper demandLabel = new ReadOnlyStringWrapper("");
    private final StringProperty ourPosition = new SimpleStringProperty("");
    private final StringProperty theirPosition = new SimpleStringProperty("");
    private final StringProperty tentativeConclusion = new SimpleStringProperty("");
    private final ObjectProperty<CommitteeDecision> decision = new SimpleObjectProperty<>();
    private final StringProperty decisionNote = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper outcomeDirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper decisionDirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canMakeAgreement = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper agreementText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decisionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final FieldErrors errors = new FieldErrors();

    TopicViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        Observable[] outcome = {ourPosition, theirPosition, tentativeConclusion};
        for (Observable o : outcome) {
            o.addListener(x -> refresh());
        }
        decision.addListener(x -> refresh());
        decisionNote.addListener(x -> refresh());
    }

    /** Shows the stored topic; what is being typed is kept while the stored values are unchanged. */
    void show(NegotiationSnapshot snapshot, SidebarTopic topic) {
        this.snapshot = snapshot;
        SidebarTopic before = stored;
        stored = topic;
        boolean sameOutcome = before != null && before.ourPosition().equals(topic.ourPosition())
                && before.theirPosition().equals(topic.theirPosition())
                && before.tentativeConclusion().equals(topic.tentativeConclusion());
        if (!sameOutcome || !outcomeDirty.get()) {
            ourPosition.set(topic.ourPosition());
            theirPosition.set(topic.theirPosition());
            tentativeConclusion.set(topic.tentativeConclusion());
        }
        boolean sameDecision = before != null && before.decision() == topic.decision()
                && before.decisionNote().equals(topic.decisionNote());
        if (!sameDecision || !decisionDirty.get()) {
            decision.set(topic.decision());
            decisionNote.set(topic.decisionNote());
        }
        demandLabel.set(snapshot.demand(topic.demandId()).map(d -> d.code() + " " + d.title())
                .orElse(Messages.get("sidebars.topic.missingDemand")));
        refresh();
    }

    private void refresh() {
        if (stored == null || snapshot == null) {
            return;
        }
        outcomeDirty.set(!ourPosition.get().equals(stored.ourPosition())
                || !theirPosition.get().equals(stored.theirPosition())
                || !tentativeConclusion.get().equals(stored.tentativeConclusion()));
        decisionDirty.set(decision.get() != stored.decision() || !decisionNote.get().equals(stored.decisionNote()));
        canDecide.set(ended || snapshot.reportBackOf(stored.sidebarId()).isPresent());
        Optional<TentativeAgreement> agreement = agreement();
        canMakeAgreement.set(stored.decision() == CommitteeDecision.ACCEPT && agreement.isEmpty());
        agreementText.set(agreement.map(a -> Messages.format("sidebars.topic.agreementMade", TimeText.date(a.reachedOn()),
                Labels.of(a.status()))).orElse(""));
        decisionText.set(stored.decision() == null ? Messages.get("sidebars.topic.undecided")
                : Messages.format("sidebars.topic.decided", Labels.of(stored.decision()),
                        TimeText.shown(stored.decidedAt(), clock.getZone())));
        onEdit.run();
    }

    /** Runs after every change of the form or of the stored topic (the page's one Save follows it). */
    void onEdit(Runnable action) {
        this.onEdit = action;
    }

    /** The sidebar this topic was discussed in has ended: the committee can decide on it. */
    void ended(boolean value) {
        ended = value;
        refresh();
    }

    /** The agreement made from this topic: same sidebar, same demand. */
    private Optional<TentativeAgreement> agreement() {
        return snapshot.agreementsOf(stored.demandId()).stream()
                .filter(a -> stored.sidebarId().equals(a.sidebarId())).findFirst();
    }

    /**
     * The topic as the form has it (both positions, the tentative conclusion, the committee's
     * decision and its note), the stored one when nothing changed, or null with the reason on the
     * field that is wrong. A decision taken now is stamped now; an accepted topic needs its
     * tentative conclusion, which becomes the agreement's text.
     */
    SidebarTopic edited(Instant now) {
        if (stored == null) {
            return null;
        }
        errors.clearAll();
        CommitteeDecision chosen = decision.get();
        if (chosen != CommitteeDecision.ACCEPT && agreement().isPresent()) {
            errors.set("decision", Messages.format("sidebars.error.agreementExists", demandCode()));
            return null;
        }
        if (chosen == CommitteeDecision.ACCEPT && stored.decision() != CommitteeDecision.ACCEPT
                && tentativeConclusion.get().isBlank()) {
            errors.set("tentativeConclusion", Messages.get("sidebars.error.noConclusion"));
            return null;
        }
        if (!outcomeDirty.get() && !decisionDirty.get()) {
            return stored;
        }
        Instant decidedAt = chosen == null ? null : chosen == stored.decision() ? stored.decidedAt() : now;
        try {
            return new SidebarTopic(stored.id(), stored.sidebarId(), stored.demandId(), ourPosition.get(),
                    theirPosition.get(), tentativeConclusion.get(), chosen, decisionNote.get(), decidedAt,
                    stored.createdAt(), later(now, stored.updatedAt()));
        } catch (ValidationException e) {
            errors.set(e);
            return null;
        }
    }

    /** True when the form holds an ACCEPT the stored topic does not have yet: saving it makes the agreement. */
    boolean acceptsNow() {
        return stored != null && decision.get() == CommitteeDecision.ACCEPT && stored.decision() != CommitteeDecision.ACCEPT
                && agreement().isEmpty();
    }

    /** True when the form differs from the stored topic. */
    boolean isDirty() {
        return outcomeDirty.get() || decisionDirty.get();
    }

    /** Writes both positions and the tentative conclusion as one change. */
    public void saveOutcome() {
        if (stored == null || busy.get()) {
            return;
        }
        CommitteeDecision keep = decision.get();
        String keepNote = decisionNote.get();
        decision.set(stored.decision());
        decisionNote.set(stored.decisionNote());
        SidebarTopic updated = edited(now());
        decision.set(keep);
        decisionNote.set(keepNote);
        if (updated != null) {
            write(Messages.format("sidebars.change.topic", demandCode()), updated);
        }
    }

    /**
     * Writes the committee's decision and its note as one change, stamped now; taking the decision
     * away clears its time. Only after the report-back: the committee decides on what it was told.
     */
    public void saveDecision() {
        if (stored == null || busy.get()) {
            return;
        }
        if (snapshot.reportBackOf(stored.sidebarId()).isEmpty()) {
            dialogs.showError(Messages.get("sidebars.error.decisionTitle"), Messages.get("sidebars.error.decideAfterReport"));
            return;
        }
        CommitteeDecision chosen = decision.get();
        if (chosen != CommitteeDecision.ACCEPT && agreement().isPresent()) {
            dialogs.showError(Messages.get("sidebars.error.decisionTitle"),
                    Messages.format("sidebars.error.agreementExists", demandCode()));
            return;
        }
        Instant decidedAt = chosen == null ? null : chosen == stored.decision() ? stored.decidedAt() : now();
        SidebarTopic updated;
        try {
            updated = new SidebarTopic(stored.id(), stored.sidebarId(), stored.demandId(), stored.ourPosition(),
                    stored.theirPosition(), stored.tentativeConclusion(), chosen, decisionNote.get(), decidedAt,
                    stored.createdAt(), later(now(), stored.updatedAt()));
        } catch (ValidationException e) {
            errors.set(e);
            return;
        }
        write(Messages.format("sidebars.change.decision", chosen == null ? Messages.get("sidebars.topic.noDecision")
                : Labels.of(chosen), demandCode()), updated);
    }

    /**
     * Turns an accepted topic into a tentative agreement from this sidebar, in one change: the
     * agreement (TENTATIVE, reached today, its text the tentative conclusion) and the demand moved
     * to TENTATIVELY_AGREED. Refused, with the reason, when the demand is not on the table.
     */
    public void makeAgreement() {
        if (stored == null || busy.get() || !canMakeAgreement.get()) {
            return;
        }
        Optional<String> refused = whyNoAgreement();
        if (refused.isPresent()) {
            dialogs.showError(Messages.get("sidebars.error.agreementTitle"), refused.get());
            return;
        }
        agree.accept(List.of(this));
    }

    /** Why no agreement can be made from this topic as stored (no conclusion, demand not on the table), or empty. */
    Optional<String> whyNoAgreement() {
        if (stored.tentativeConclusion().isBlank()) {
            return Optional.of(Messages.get("sidebars.error.noConclusion"));
        }
        Demand demand = snapshot.demand(stored.demandId()).orElse(null);
        if (demand == null) {
            return Optional.of(Messages.get("sidebars.error.demandGone"));
        }
        if (demand.status() != DemandStatus.ON_TABLE) {
            return Optional.of(Messages.format("sidebars.error.notOnTable." + demand.status().name(),
                    demand.code() + " " + demand.title()));
        }
        return Optional.empty();
    }

    /** The agreement this accepted topic makes: TENTATIVE, reached today, its text the tentative conclusion. */
    TentativeAgreement draftAgreement(Instant now) {
        return TentativeAgreement.fromTopic(Ids.newId(), stored, snapshot.reportBackOf(stored.sidebarId()),
                LocalDate.ofInstant(now, clock.getZone()), now);
    }

    /** How agreements are made: the section writes them, one change for all, and says so with an Undo. */
    void onAgree(java.util.function.Consumer<List<TopicViewModel>> action) {
        this.agree = action;
    }

    String demandLabel() {
        return demandLabel.get();
    }

    /** Removes the topic, unless an agreement was made from it. */
    public void delete() {
        if (stored == null || busy.get()) {
            return;
        }
        if (agreement().isPresent()) {
            dialogs.showError(Messages.get("sidebars.error.topicDeleteTitle"),
                    Messages.format("sidebars.error.topicHasAgreement", demandCode()));
            return;
        }
        if (!dialogs.confirm(Messages.get("sidebars.confirm.deleteTopic.title"),
                Messages.format("sidebars.confirm.deleteTopic.text", demandLabel.get()),
                Messages.get("sidebars.confirm.deleteTopic.button"))) {
            return;
        }
        busy.set(true);
        SidebarTopic topic = stored;
        document.change(Messages.format("sidebars.change.deleteTopic", demandCode()), w -> {
            w.delete(EntityRef.of(topic));
            return topic;
        }, done -> busy.set(false), e -> failed(Messages.get("sidebars.error.notSaved"), e));
    }

    /** Puts the typed outcome and decision back to what is stored. */
    public void cancel() {
        if (stored != null) {
            ourPosition.set(stored.ourPosition());
            theirPosition.set(stored.theirPosition());
            tentativeConclusion.set(stored.tentativeConclusion());
            decision.set(stored.decision());
            decisionNote.set(stored.decisionNote());
            errors.clearAll();
        }
    }

    private void write(String label, SidebarTopic updated) {
        busy.set(true);
        document.change(label, w -> {
            w.update(updated);
            return updated;
        }, done -> busy.set(false), e -> failed(Messages.get("sidebars.error.notSaved"), e));
    }

    private void failed(String title, Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v) {
            errors.set(v);
        }
        dialogs.showError(title, e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private String demandCode() {
        return snapshot.demand(stored.demandId()).map(Demand::code).orElse("");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isBefore(b) ? b : a;
    }

    public String id() {
        return stored == null ? "" : stored.id();
    }

    public String demandId() {
        return stored == null ? "" : stored.demandId();
    }

    public SidebarTopic stored() {
        return stored;
    }

    boolean belongsTo(Sidebar sidebar) {
        return stored != null && Objects.equals(stored.sidebarId(), sidebar.id());
    }

    public ReadOnlyStringProperty demandLabelProperty() {
        return demandLabel.getReadOnlyProperty();
    }

    public StringProperty ourPositionProperty() {
        return ourPosition;
    }

    public StringProperty theirPositionProperty() {
        return theirPosition;
    }

    public StringProperty tentativeConclusionProperty() {
        return tentativeConclusion;
    }

    public ObjectProperty<CommitteeDecision> decisionProperty() {
        return decision;
    }

    public StringProperty decisionNoteProperty() {
        return decisionNote;
    }

    public ReadOnlyBooleanProperty outcomeDirtyProperty() {
        return outcomeDirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty decisionDirtyProperty() {
        return decisionDirty.getReadOnlyProperty();
    }

    /** True once the report-back is recorded: the committee decides on what it was told. */
    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    /** True when the stored decision is ACCEPT and no agreement was made from this topic yet. */
    public ReadOnlyBooleanProperty canMakeAgreementProperty() {
        return canMakeAgreement.getReadOnlyProperty();
    }

    /** "Tentative agreement reached Mar 3 (Tentative)…", or empty. */
    public ReadOnlyStringProperty agreementTextProperty() {
        return agreementText.getReadOnlyProperty();
    }

    /** "Accept, decided Mar 4, 10:00" or "No decision yet". */
    public ReadOnlyStringProperty decisionTextProperty() {
        return decisionText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }
}
