package org.tablebook.ui.sidebars;

import org.tablebook.ui.common.TimeText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.document.NegotiationDocument;

/**
 * One demand discussed in a sidebar: each side's position and the tentative conclusion (written
 * after the sidebar), then the committee's decision on it at the report-back (reference 001: the
 * full committee accepts, rejects or counters). An accepted topic becomes a tentative agreement in
 * one step; it stays TENTATIVE until the team approves it (reference 000: the reps have no
 * authority to agree alone).
 */
public final class TopicViewModel {
    private final DialogService dialogs;
    private final Clock clock;
    private final RecordEditor<SidebarTopic> editor;

    private NegotiationSnapshot snapshot;
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
    private final javafx.beans.binding.StringBinding heading;

    /** {@code save} is the page's one Save, which writes this topic with the rest of the page. */
    TopicViewModel(NegotiationDocument document, DialogService dialogs, Clock clock, Runnable save) {
        this.dialogs = dialogs;
        this.clock = clock;
        editor = new RecordEditor<>(document, dialogs, this::fill, () -> { },
                t -> Messages.format("sidebars.topic.name", demandLabel.get()), Messages.get("sidebars.topic.missingDemand"));
        editor.field("ourPosition", ourPosition);
        editor.field("theirPosition", theirPosition);
        editor.field("tentativeConclusion", tentativeConclusion);
        editor.field("decision", decision);
        editor.field("decisionNote", decisionNote);
        editor.onSave(save);
        heading = javafx.beans.binding.Bindings.createStringBinding(() -> editor.isDirty()
                ? Messages.format("editor.title.dirty", demandLabel.get()) : demandLabel.get(),
                demandLabel, editor.dirtyProperty());
        Observable[] watched = {ourPosition, theirPosition, tentativeConclusion, decision, decisionNote,
                editor.dirtyProperty()};
        for (Observable o : watched) {
            o.addListener(x -> refresh());
        }
    }

    private void fill(SidebarTopic topic) {
        ourPosition.set(topic.ourPosition());
        theirPosition.set(topic.theirPosition());
        tentativeConclusion.set(topic.tentativeConclusion());
        decision.set(topic.decision());
        decisionNote.set(topic.decisionNote());
    }

    /**
     * Shows the stored topic. The same topic shown again after a change elsewhere (an undo, another
     * section) keeps what is being typed and says so; untouched fields follow the new version.
     */
    void show(NegotiationSnapshot snapshot, SidebarTopic topic) {
        this.snapshot = snapshot;
        demandLabel.set(snapshot.demand(topic.demandId()).map(d -> d.code() + " " + d.title())
                .orElse(Messages.get("sidebars.topic.missingDemand")));
        editor.edit(topic);
        refresh();
    }

    private void refresh() {
        SidebarTopic stored = editor.stored();
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
        SidebarTopic stored = editor.stored();
        return snapshot.agreementsOf(stored.demandId()).stream()
                .filter(a -> stored.sidebarId().equals(a.sidebarId())).findFirst();
    }

    /**
     * The topic as the form has it (both positions, the tentative conclusion, the committee's
     * decision and its note), the stored one when nothing changed, or null with the reason on the
     * field that is wrong. A decision taken now is stamped now, and only once the sidebar has ended
     * (the committee decides on what it is told); an accepted topic needs its tentative conclusion,
     * which becomes the agreement's text.
     */
    SidebarTopic edited(Instant now) {
        SidebarTopic stored = editor.stored();
        if (stored == null) {
            return null;
        }
        FieldErrors errors = editor.errors();
        errors.clearAll();
        CommitteeDecision chosen = decision.get();
        if (chosen != stored.decision() && !canDecide.get()) {
            errors.set("decision", Messages.get("sidebars.error.decideAfterReport"));
            return null;
        }
        if (chosen != CommitteeDecision.ACCEPT && agreement().isPresent()) {
            errors.set("decision", Messages.format("sidebars.error.agreementExists", demandCode()));
            return null;
        }
        if (chosen == CommitteeDecision.ACCEPT && stored.decision() != CommitteeDecision.ACCEPT
                && tentativeConclusion.get().isBlank()) {
            errors.set("tentativeConclusion", Messages.get("sidebars.error.noConclusion"));
            return null;
        }
        if (!editor.isDirty()) {
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
        SidebarTopic stored = editor.stored();
        return stored != null && decision.get() == CommitteeDecision.ACCEPT && stored.decision() != CommitteeDecision.ACCEPT
                && agreement().isEmpty();
    }

    /** True when the form differs from the stored topic. */
    boolean isDirty() {
        return editor.isDirty();
    }

    /**
     * Turns an accepted topic into a tentative agreement from this sidebar, in one change: the
     * agreement (TENTATIVE, reached today, its text the tentative conclusion) and the demand moved
     * to TENTATIVELY_AGREED. Refused, with the reason, when the demand is not on the table.
     */
    public void makeAgreement() {
        if (editor.stored() == null || editor.busyProperty().get() || !canMakeAgreement.get()) {
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
        SidebarTopic stored = editor.stored();
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
        SidebarTopic stored = editor.stored();
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
        SidebarTopic topic = editor.stored();
        if (topic == null || editor.busyProperty().get()) {
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
        editor.change(Messages.format("sidebars.change.deleteTopic", demandCode()), w -> {
            w.delete(EntityRef.of(topic));
            return topic;
        }, done -> editor.close());
    }

    /** Puts the typed outcome and decision back to what is stored. */
    public void cancel() {
        editor.cancel();
    }

    /** The editor of this topic: the question on leaving, the draft kept of what is typed, its messages. */
    public RecordEditor<SidebarTopic> editor() {
        return editor;
    }

    private String demandCode() {
        return snapshot.demand(editor.stored().demandId()).map(Demand::code).orElse("");
    }

    private static Instant later(Instant a, Instant b) {
        return a.isBefore(b) ? b : a;
    }

    public String id() {
        return editor.stored() == null ? "" : editor.stored().id();
    }

    public String demandId() {
        return editor.stored() == null ? "" : editor.stored().demandId();
    }

    public SidebarTopic stored() {
        return editor.stored();
    }

    boolean belongsTo(Sidebar sidebar) {
        return editor.stored() != null && Objects.equals(editor.stored().sidebarId(), sidebar.id());
    }

    public ReadOnlyStringProperty demandLabelProperty() {
        return demandLabel.getReadOnlyProperty();
    }

    /** The card's title: the demand, with the unsaved-edit dot while the topic holds an edit. */
    public javafx.beans.binding.StringBinding headingProperty() {
        return heading;
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
        return editor.busyProperty();
    }

    public FieldErrors errors() {
        return editor.errors();
    }
}
