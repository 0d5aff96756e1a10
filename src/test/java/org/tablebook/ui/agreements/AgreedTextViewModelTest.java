package org.tablebook.ui.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.FakeDialogService;

/** The TA editor shows and corrects the agreed text of its sections, audited with the TA. */
class AgreedTextViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private AgreementsViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        file = OpenNegotiation.holding(SampleNegotiation.build(CLOCK), dir, CLOCK, "Dana");
        viewModel = new AgreementsViewModel(file.document(), new FakeDialogService(), CLOCK);
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private SectionLanguage overtimeAgreed() {
        return file.snapshot().sectionLanguage().stream().filter(l -> l.role() == LanguageRole.AGREED)
                .filter(l -> file.snapshot().contractSection(l.sectionId()).orElseThrow().number().equals("14.6"))
                .filter(l -> l.proposalId() != null).findFirst().orElseThrow();
    }

    private void selectTaOf(SectionLanguage l) {
        assertTrue(viewModel.list().select(l.agreementId()));
    }

    @Test
    void theEditorShowsTheAgreedTextAndACorrectionIsSavedAndAudited() {
        SectionLanguage agreed = overtimeAgreed();
        selectTaOf(agreed);
        assertEquals(1, viewModel.agreedTexts().size());
        assertEquals(agreed.text(), viewModel.agreedTexts().get(0).text().get());
        assertFalse(viewModel.editor().isDirty());

        viewModel.agreedTexts().get(0).text().set(agreed.text() + " Overtime is paid at double time after 12 hours.");
        assertTrue(viewModel.editor().isDirty(), "a corrected agreed text is an unsaved edit");
        viewModel.save();

        assertFalse(viewModel.editor().isDirty());
        assertTrue(file.snapshot().sectionLanguage().stream().filter(l -> l.id().equals(agreed.id())).findFirst()
                .orElseThrow().text().endsWith("double time after 12 hours."));
        assertTrue(file.audit().stream().anyMatch(e -> e.entityId().equals(agreed.id())), "audited");
    }

    @Test
    void aBlankAgreedTextIsRefusedBesideIt() {
        SectionLanguage agreed = overtimeAgreed();
        selectTaOf(agreed);
        viewModel.agreedTexts().get(0).text().set("  ");
        viewModel.save();
        assertTrue(viewModel.editor().errors().has("agreedText"));
        assertEquals(agreed.text(), file.snapshot().sectionLanguage().stream().filter(l -> l.id().equals(agreed.id()))
                .findFirst().orElseThrow().text());
    }
}
