package org.tablebook.ui.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Ids;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Side;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.agreements.InformationRequestsViewModel.RequestRow;
import org.tablebook.ui.common.FakeDialogService;

class InformationRequestsViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private final FakeDialogService dialogs = new FakeDialogService();
    private InformationRequestsViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK);
        viewModel = new InformationRequestsViewModel(file.document(), dialogs, CLOCK);
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private static InformationRequest request(Side by, String subject, LocalDate asked, LocalDate due, LocalDate answered) {
        Instant t = NOW.minusSeconds(86_400 * 40);
        return new InformationRequest(Ids.newId(), by, asked, subject, due, answered, "", t, t);
    }

    @Test
    void aNewRequestIsDueAfterTheNegotiationsDaysAndTheDueDateFollowsTheAskingDate() {
        file.negotiation(n -> n.settings = new RuleSettings(90, 2, 24, 3, 3, 30, 3, 14, 60, 30, 10, List.of()));
        viewModel.newRequest();
        assertEquals("2026-03-20", viewModel.askedOnProperty().get());
        assertEquals("2026-03-30", viewModel.dueOnProperty().get(), "asked today plus the settings' 10 days");
        viewModel.askedOnProperty().set("2026-03-18");
        assertEquals("2026-03-28", viewModel.dueOnProperty().get(), "the default follows the asking date");
        assertEquals("Due 10 days after it was asked: in 8 days.", viewModel.dueHintProperty().get());
        viewModel.dueOnProperty().set("2026-04-01");
        viewModel.askedOnProperty().set("2026-03-17");
        assertEquals("2026-04-01", viewModel.dueOnProperty().get(), "a due date the person typed is kept");

        viewModel.subjectProperty().set("Staffing levels by unit");
        viewModel.save();
        InformationRequest saved = file.snapshot().informationRequests().get(0);
        assertEquals(Side.OURS, saved.askedBy());
        assertEquals(LocalDate.of(2026, 3, 17), saved.askedOn());
        assertEquals(LocalDate.of(2026, 4, 1), saved.dueOn());
        assertFalse(viewModel.editor().dirtyProperty().get());
        assertEquals("Record information request: Staffing levels by unit", file.store().audit().latestChange().get(0).label());
    }

    @Test
    void theDefaultIsFourteenDaysWithTheDefaultSettings() {
        viewModel.newRequest();
        assertEquals("2026-04-03", viewModel.dueOnProperty().get());
    }

    @Test
    void theListSaysWhatIsOverdueAndHowLateEachAnswerCame() {
        file.insert(
                request(Side.OURS, "Agency costs", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 6), null),
                request(Side.THEIRS, "Our survey", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 29), null),
                request(Side.OURS, "Claims data", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15),
                        LocalDate.of(2026, 2, 19)));
        List<RequestRow> rows = viewModel.list().rows();
        assertEquals(List.of("Agency costs", "Our survey", "Claims data"),
                rows.stream().map(r -> r.request().subject()).toList(), "unanswered first, by due date");
        assertEquals("Overdue by 14 days", rows.get(0).state());
        assertTrue(rows.get(0).overdue());
        assertEquals("Due in 9 days", rows.get(1).state());
        assertEquals("Answered Thu, Feb 19, 4 days late", rows.get(2).state());
        assertEquals("Asked by them on Mar 15, 2026 \u00b7 due Mar 29, 2026", rows.get(1).details());
        assertEquals("3 requests: 2 unanswered, 1 overdue", viewModel.list().summaryProperty().get());
    }

    @Test
    void answeringTodayAndRefusals() {
        InformationRequest r = request(Side.OURS, "Agency costs", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15), null);
        file.insert(r);
        assertTrue(viewModel.list().select(r.id()));
        viewModel.answeredToday();
        viewModel.save();
        assertEquals(LocalDate.of(2026, 3, 20), file.snapshot().informationRequests().get(0).answeredOn());

        viewModel.dueOnProperty().set("2026-02-01");
        viewModel.save();
        assertEquals("The due date (2026-02-01) cannot come before the date it was asked (2026-03-01).",
                viewModel.editor().errors().get("dueOn"));
        viewModel.editor().cancel();
        viewModel.subjectProperty().set("");
        viewModel.save();
        assertEquals("The subject is required.", viewModel.editor().errors().get("subject"));
        assertEquals("Agency costs", file.snapshot().informationRequests().get(0).subject());
    }

    @Test
    void deletingAsksFirst() {
        InformationRequest r = request(Side.THEIRS, "Our survey", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15), null);
        file.insert(r);
        viewModel.list().select(r.id());
        viewModel.delete();
        assertEquals(1, file.snapshot().informationRequests().size());
        dialogs.confirmAnswers.push(true);
        viewModel.delete();
        assertTrue(file.snapshot().informationRequests().isEmpty());
        assertTrue(dialogs.questions.get(0).contains("Late answers are evidence"));
    }
}
