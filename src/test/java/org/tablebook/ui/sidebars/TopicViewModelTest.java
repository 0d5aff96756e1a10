package org.tablebook.ui.sidebars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.DraftFile;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.testing.MutableClock;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.DialogService.Unsaved;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.common.UnsavedEdits;

/**
 * A sidebar topic's outcome and the committee's decision on it, edited on a copy by the one
 * editor: dirty only when the copy differs from what was loaded, an edit kept over a change made
 * elsewhere, the topic and the report-back written in one change that one undo takes back, each
 * refusal under its field, and the edit asked about on leaving and kept as a draft.
 */
class TopicViewModelTest {
    /** Tuesday 3 March 2026, 14:00 in Chicago. */
    private static final Instant T0 = Instant.parse("2026-03-03T20:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0, SidebarFixture.zone());
    private final FakeDialogService dialogs = new FakeDialogService();
    private OpenNegotiation negotiation;
    private NegotiationDocument document;
    private SidebarsViewModel vm;
    private Sidebar sidebar;

    @BeforeEach
    void setUp() throws Exception {
        Path file = dir.resolve("n.tablebook");
        SidebarFixture.create(file, dir.resolve("backups"), clock);
        negotiation = OpenNegotiation.of(file, clock, SidebarFixture.DANA);
        document = negotiation.document();
        List<org.tablebook.domain.Entity> ended = SidebarFixture.ended(document.snapshot().demands(), T0);
        negotiation.insert(ended.toArray(org.tablebook.domain.Entity[]::new));
        sidebar = (Sidebar) ended.get(0);
        vm = new SidebarsViewModel(document, dialogs, clock);
        vm.selectedProperty().set(vm.rows().get(0));
    }

    @AfterEach
    void tearDown() {
        negotiation.close();
    }

    private Demand demand(String code) {
        return document.snapshot().demands().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    /** The topic on a demand, as the page shows it. */
    private TopicViewModel topic(String code) {
        return vm.topics().stream().filter(t -> t.demandLabelProperty().get().startsWith(code + " ")).findFirst()
                .orElseThrow();
    }

    private SidebarTopic storedTopic(String code) {
        String demandId = demand(code).id();
        return negotiation.store().loadSnapshot().topicsOf(sidebar.id()).stream()
                .filter(t -> t.demandId().equals(demandId)).findFirst().orElseThrow();
    }

    private void change(String label, SidebarTopic updated) {
        document.change(label, w -> {
            w.update(updated);
            return updated;
        }, x -> { }, e -> {
            throw new AssertionError(e);
        });
    }

    @Test
    void dirtyOnlyWhileTheCopyDiffersFromWhatWasLoaded() {
        TopicViewModel ratios = topic("U-12");
        assertFalse(ratios.isDirty());
        ratios.ourPositionProperty().set("1:4 on days");
        assertTrue(ratios.isDirty());
        assertTrue(vm.reportPageDirtyProperty().get(), "the page's Save is offered");
        assertEquals(org.tablebook.ui.common.Messages.format("editor.title.dirty", "The outcome on U-12 Staffing ratios"),
                ratios.editor().titleProperty().get(), "the title carries the unsaved-edit dot");
        assertEquals(org.tablebook.ui.common.Messages.format("editor.title.dirty", "U-12 Staffing ratios"),
                ratios.headingProperty().get(), "and so does the topic's card");
        ratios.ourPositionProperty().set("");
        assertFalse(ratios.isDirty(), "typed back as it was: nothing to save");
        assertEquals("U-12 Staffing ratios", ratios.headingProperty().get());
        ratios.decisionNoteProperty().set("a note");
        ratios.decisionProperty().set(CommitteeDecision.DEFER);
        assertTrue(ratios.isDirty());
        ratios.cancel();
        assertFalse(ratios.isDirty());
        assertNull(ratios.decisionProperty().get());
        assertEquals("", ratios.decisionNoteProperty().get());
    }

    @Test
    void anotherSectionsActionLeavesTheTopicClean() {
        TopicViewModel ratios = topic("U-12");
        TopicViewModel nights = topic("U-3");
        ratios.ourPositionProperty().set("1:4 on days");
        vm.saveReportPage();
        assertFalse(ratios.isDirty());
        // Demands puts parking on the table and withdraws the differential, a topic here.
        Demand u20 = demand("U-20");
        Demand u3 = demand("U-3");
        document.change("Edit U-20 and U-3", w -> {
            w.update(u20.withStatus(DemandStatus.ON_TABLE, clock.instant()));
            w.update(u3.withStatus(DemandStatus.WITHDRAWN, clock.instant()));
            return null;
        }, x -> { }, e -> {
            throw new AssertionError(e);
        });
        assertFalse(ratios.isDirty(), "no Save and Cancel on a topic nobody touched");
        assertFalse(nights.isDirty());
        assertFalse(vm.reportPageDirtyProperty().get());
        assertEquals("", ratios.editor().noticeProperty().get());
        assertEquals("", nights.editor().noticeProperty().get());
    }

    @Test
    void aChangeUnderneathKeepsTheEditAndSaysSo() {
        TopicViewModel ratios = topic("U-12");
        ratios.ourPositionProperty().set("1:4 on days, typed here");
        SidebarTopic before = storedTopic("U-12");
        change("Elsewhere", new SidebarTopic(before.id(), before.sidebarId(), before.demandId(), "", "1:6 from them", "",
                null, "", null, before.createdAt(), clock.instant()));
        assertEquals("1:4 on days, typed here", ratios.ourPositionProperty().get(), "the edit is kept");
        assertEquals("1:6 from them", ratios.theirPositionProperty().get(), "a field not touched follows the new version");
        assertTrue(ratios.isDirty());
        assertTrue(ratios.editor().noticeProperty().get().contains("was changed elsewhere"),
                ratios.editor().noticeProperty().get());

        vm.saveReportPage();
        SidebarTopic saved = storedTopic("U-12");
        assertEquals("1:4 on days, typed here", saved.ourPosition());
        assertEquals("1:6 from them", saved.theirPosition(), "the save does not undo the other change");
        assertEquals("", ratios.editor().noticeProperty().get());

        // An undo of that save, with nothing typed: the form shows the version before it.
        document.undo(x -> { }, e -> {
            throw new AssertionError(e);
        });
        assertEquals("", ratios.ourPositionProperty().get());
        assertFalse(ratios.isDirty());
    }

    @Test
    void theTopicAndTheReportBackAreOneChangeThatOneUndoTakesBack() {
        TopicViewModel ratios = topic("U-12");
        ratios.tentativeConclusionProperty().set("1:5 on days from July");
        ratios.decisionProperty().set(CommitteeDecision.COUNTER);
        vm.reportBack().summaryProperty().set("Ratios close.");
        vm.saveReportPage();
        List<AuditEntry> change = negotiation.store().audit().latestChange();
        assertEquals(2, change.size(), "the topic and the report-back: " + change);
        assertEquals(1, change.stream().map(AuditEntry::changeId).distinct().count());
        assertEquals(CommitteeDecision.COUNTER, storedTopic("U-12").decision());
        assertTrue(negotiation.store().loadSnapshot().reportBackOf(sidebar.id()).isPresent());
        assertFalse(ratios.isDirty());
        assertFalse(vm.reportBack().editor().isDirty());

        Optional<String>[] undone = new Optional[1];
        document.undo(x -> undone[0] = x, e -> {
            throw new AssertionError(e);
        });
        NegotiationSnapshot s = negotiation.store().loadSnapshot();
        assertTrue(s.reportBackOf(sidebar.id()).isEmpty(), "the report-back is taken back");
        assertNull(storedTopic("U-12").decision(), "and the decision with it");
        assertEquals("", storedTopic("U-12").tentativeConclusion());
        assertNull(ratios.decisionProperty().get(), "the clean form shows the version before");
        assertFalse(ratios.isDirty());
    }

    @Test
    void aRefusalIsSaidUnderItsFieldAndNothingIsWritten() {
        TopicViewModel ratios = topic("U-12");
        TopicViewModel nights = topic("U-3");
        nights.ourPositionProperty().set("15% nights");
        ratios.decisionProperty().set(CommitteeDecision.REJECT);
        ratios.decisionNoteProperty().set("Counter\uD83D next week");
        vm.saveReportPage();
        assertTrue(ratios.errors().get("decisionNote").contains("half of a character"), ratios.errors().all().toString());
        assertNull(ratios.errors().get("decision"));
        assertTrue(dialogs.errors.isEmpty(), "under the field, not in a dialog: " + dialogs.errors);
        assertEquals("", storedTopic("U-3").ourPosition(), "nothing of the page is written while a field is wrong");
        assertTrue(negotiation.store().loadSnapshot().reportBackOf(sidebar.id()).isEmpty());
        ratios.decisionNoteProperty().set("Counter next week");
        assertNull(ratios.errors().get("decisionNote"), "the message goes once the field is changed");
        vm.saveReportPage();
        assertEquals("Counter next week", storedTopic("U-12").decisionNote());
        assertEquals("15% nights", storedTopic("U-3").ourPosition());
    }

    @Test
    void leavingAsksAboutTheTopicAndItsDraftIsPutBack() throws Exception {
        UnsavedEdits<String> edits = new UnsavedEdits<>(dialogs, k -> k);
        edits.register("sidebars", vm.editor().editor(), vm.reportBack().editor());
        edits.register("sidebars", vm.topicEditors(), vm::revealTopic);
        TopicViewModel ratios = topic("U-12");
        ratios.ourPositionProperty().set("1:4 on days");
        assertTrue(edits.dirtySections().contains("sidebars"));

        // Another sidebar chosen: asked, and Cancel stays on the one being edited.
        Instant t = clock.instant();
        negotiation.insert(Sidebar.propose("Parking", Side.OURS, t));
        SidebarRow parking = vm.rows().stream().filter(r -> r.purpose().equals("Parking")).findFirst().orElseThrow();
        SidebarRow ratiosRow = vm.selectedProperty().get();
        dialogs.unsavedAnswers.add(Unsaved.CANCEL);
        vm.selectedProperty().set(parking);
        assertEquals(ratiosRow.id(), vm.selectedProperty().get().id());
        assertEquals("1:4 on days", topic("U-12").ourPositionProperty().get());
        assertTrue(dialogs.questions.get(dialogs.questions.size() - 1).contains("The outcome on U-12 Staffing ratios"),
                dialogs.questions.toString());

        // The draft kept beside the file, put back after a restart on the topic it was typed on.
        List<DraftFile.Draft> drafts = edits.drafts();
        assertEquals(1, drafts.size());
        assertEquals(storedTopic("U-12").id(), drafts.get(0).recordId());
        assertEquals("The outcome on U-12 Staffing ratios", drafts.get(0).recordName());
        SidebarsViewModel again = new SidebarsViewModel(document, dialogs, clock);
        UnsavedEdits<String> after = new UnsavedEdits<>(dialogs, k -> k);
        after.register("sidebars", again.editor().editor(), again.reportBack().editor());
        after.register("sidebars", again.topicEditors(), again::revealTopic);
        assertTrue(again.topics().isEmpty(), "nothing selected yet");
        assertEquals(List.of(), after.restore(drafts));
        TopicViewModel restored = again.topics().stream().filter(x -> x.demandLabelProperty().get().startsWith("U-12"))
                .findFirst().orElseThrow();
        assertEquals("1:4 on days", restored.ourPositionProperty().get());
        assertTrue(restored.isDirty());

        // Save on the question writes it and goes on.
        dialogs.unsavedAnswers.add(Unsaved.SAVE);
        boolean[] went = {false};
        after.leaveAll(() -> went[0] = true);
        assertTrue(went[0]);
        assertEquals("1:4 on days", storedTopic("U-12").ourPosition());
        assertFalse(after.any());
    }
}
