package org.tablebook.ui.settings;

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
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.GrievanceWindowUnit;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Sector;
import org.tablebook.domain.RuleSettings;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.testing.OpenNegotiation;

class NegotiationSettingsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private NegotiationDocument document;
    private NegotiationSettingsViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK, "Dana");
        document = file.document();
        viewModel = new NegotiationSettingsViewModel(document, new FakeDialogService(), CLOCK);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private Negotiation stored() {
        return file.store().loadSnapshot().negotiation();
    }

    @Test
    void loadsTheDefaultsOfTheCatalogue() {
        assertEquals("Nurses' contract 2026", viewModel.details().titleProperty().get());
        assertEquals("90", viewModel.thresholdProperty("sidebarTimeLimitMinutes").get());
        assertEquals("14", viewModel.thresholdProperty("informationRequestDueDays").get());
        assertEquals("and/or, provided that, reasonable", viewModel.vagueWordsProperty().get());
    }

    @Test
    void savesDetailsDatesAndThresholdsAsOneChange() {
        viewModel.details().otherPartyProperty().set("Riverside Health System");
        viewModel.details().startedOnProperty().set("2026-01-12");
        viewModel.details().contractExpiresOnProperty().set("2026-06-30");
        viewModel.details().newDemandDeadlineProperty().set("2026-02-15");
        viewModel.thresholdProperty("sidebarTimeLimitMinutes").set("60");
        viewModel.vagueWordsProperty().set("and/or, promptly\nreasonable");
        int auditBefore = file.store().audit().list().size();
        assertTrue(viewModel.save(n -> { }));
        Negotiation n = stored();
        assertEquals("Riverside Health System", n.otherParty());
        assertEquals(LocalDate.of(2026, 6, 30), n.contractExpiresOn());
        assertEquals(60, n.ruleSettings().sidebarTimeLimitMinutes());
        assertEquals(List.of("and/or", "promptly", "reasonable"), n.ruleSettings().vagueWords());
        assertEquals(auditBefore + 1, file.store().audit().list().size());
        assertEquals(60, document.snapshot().negotiation().ruleSettings().sidebarTimeLimitMinutes());
    }

    @Test
    void aNegativeOrMissingNumberIsRefusedOnItsFieldAndNothingIsWritten() {
        viewModel.thresholdProperty("sidebarTimeLimitMinutes").set("-5");
        viewModel.thresholdProperty("seriesSpanDays").set("three");
        assertFalse(viewModel.save(n -> { }));
        assertEquals("Sidebar time limit cannot be negative: enter 0 or more minutes.",
                viewModel.errors().get("sidebarTimeLimitMinutes"));
        assertEquals("Sidebar series span must be a whole number of days, not \"three\".",
                viewModel.errors().get("seriesSpanDays"));
        assertEquals(RuleSettings.DEFAULTS, stored().ruleSettings());
    }

    @Test
    void theThresholdsSpeakTheLanguageOfTheMomentTheyAreShown() {
        NegotiationSettingsViewModel.Threshold limit = NegotiationSettingsViewModel.THRESHOLDS.get(0);
        assertEquals("Sidebar time limit", limit.label());
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(org.tablebook.domain.Language.SPANISH.locale());
            assertEquals("Límite de tiempo de una reunión aparte", limit.label());
            assertEquals("minutos", limit.unit());
            viewModel.thresholdProperty("sidebarTimeLimitMinutes").set("-5");
            viewModel.thresholdProperty("seriesSpanDays").set("tres");
            assertFalse(viewModel.save(n -> { }));
            assertEquals("Límite de tiempo de una reunión aparte: no puede ser un número negativo; escriba 0 o más "
                    + "minutos.", viewModel.errors().get("sidebarTimeLimitMinutes"));
            assertTrue(viewModel.errors().get("seriesSpanDays").endsWith("escriba un número entero de días, no «tres»."),
                    viewModel.errors().get("seriesSpanDays"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void anImpossibleDateIsNamed() {
        viewModel.details().contractExpiresOnProperty().set("2026-02-30");
        assertFalse(viewModel.save(n -> { }));
        assertEquals("The contract's expiry \"2026-02-30\" is not a real date: February 2026 has 28 days.",
                viewModel.errors().get("contractExpiresOn"));
        assertEquals(null, stored().contractExpiresOn());
    }

    @Test
    void theOverdueTimeCannotBeShorterThanTheWarning() {
        viewModel.thresholdProperty("reportBackWarningHours").set("6");
        viewModel.thresholdProperty("reportBackErrorHours").set("4");
        assertFalse(viewModel.save(n -> { }));
        assertTrue(viewModel.errors().get("reportBackErrorHours").contains("cannot be shorter than its warning time"));
    }

    @Test
    void anExpiryBeforeTheStartIsRefused() {
        viewModel.details().startedOnProperty().set("2026-05-01");
        viewModel.details().contractExpiresOnProperty().set("2026-04-01");
        assertFalse(viewModel.save(n -> { }));
        assertTrue(viewModel.errors().get("contractExpiresOn").contains("cannot come before the start of bargaining"));
    }

    @Test
    void restoringDefaultsPutsTheCatalogueValuesBackInTheForm() {
        viewModel.thresholdProperty("decisionWaitDays").set("9");
        viewModel.vagueWordsProperty().set("");
        viewModel.restoreDefaults();
        assertEquals("3", viewModel.thresholdProperty("decisionWaitDays").get());
        assertEquals("and/or, provided that, reasonable", viewModel.vagueWordsProperty().get());
    }

    @Test
    void choosingHealthCarePresetsTheNoticesAndSavesTheSectorZoneStrikeAndWorkingDays() {
        viewModel.details().sectorProperty().set(Sector.HEALTH_CARE);
        assertEquals("90", viewModel.thresholdProperty("otherPartyNoticeDays").get());
        assertEquals("60", viewModel.thresholdProperty("mediationNoticeDays").get());
        viewModel.zoneProperty().set("America/New_York");
        viewModel.strikeOnProperty().set("2026-07-03");
        viewModel.grievanceWindowUnitProperty().set(GrievanceWindowUnit.WORKING_DAYS);
        viewModel.holidaysProperty().set("2026-07-04, 2026-09-07");
        assertTrue(viewModel.save(n -> { }));

        Negotiation n = stored();
        assertEquals(Sector.HEALTH_CARE, n.sector());
        assertEquals("America/New_York", n.zone());
        assertEquals(LocalDate.of(2026, 7, 3), n.strikeOn());
        assertEquals(90, n.ruleSettings().otherPartyNoticeDays());
        assertEquals(GrievanceWindowUnit.WORKING_DAYS, n.ruleSettings().grievanceWindowUnit());
        assertEquals(List.of(LocalDate.of(2026, 7, 4), LocalDate.of(2026, 9, 7)), n.ruleSettings().holidays());

        // Saving again without touching them keeps them.
        viewModel.load();
        viewModel.details().titleProperty().set("Riverside 2026");
        assertTrue(viewModel.save(x -> { }));
        assertEquals(Sector.HEALTH_CARE, stored().sector());
        assertEquals(2, stored().ruleSettings().holidays().size());
    }

    @Test
    void aZoneThatDoesNotExistIsRefusedOnItsField() {
        viewModel.zoneProperty().set("Mars/Olympus");
        assertFalse(viewModel.save(n -> { }));
        assertTrue(viewModel.errors().messageFor("zone").get().contains("is not a time zone"),
                viewModel.errors().messageFor("zone").get());
    }
}
