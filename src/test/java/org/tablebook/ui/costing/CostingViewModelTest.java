package org.tablebook.ui.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
import org.tablebook.domain.Classification;
import org.tablebook.domain.CostItemKind;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.document.QueuedTaskRunner;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.FakeDialogService;

/** The Costing section's view models on a real file: a baseline typed in, a pass priced, the package. */
class CostingViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-03T14:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation open;
    private final FakeDialogService dialogs = new FakeDialogService();
    private BaselineViewModel baseline;
    private PassCostingViewModel passes;
    private CostingViewModel costing;
    private Proposal ours;
    private Proposal theirs;

    @BeforeEach
    void setUp() throws Exception {
        open = new OpenNegotiation(dir, CLOCK);
        Demand wages = new Demand(Ids.newId(), "U-1", "Art. 20", "Wages", "", "", Side.OURS, DemandCategory.ECONOMIC,
                DemandPriority.CRITICAL, DemandSubject.MANDATORY, DemandOrigin.SURVEY, "", DemandStatus.ON_TABLE,
                false, NOW, NOW);
        ours = new Proposal(Ids.newId(), wages.id(), Side.OURS, LocalDate.of(2026, 3, 1), null, ProposalKind.INITIAL,
                "3% a year", "", NOW, NOW);
        theirs = new Proposal(Ids.newId(), wages.id(), Side.THEIRS, LocalDate.of(2026, 3, 2), null,
                ProposalKind.COUNTER, "1% a year", "", NOW.plusSeconds(1), NOW.plusSeconds(1));
        open.insert(wages, ours, theirs);
        baseline = new BaselineViewModel(open.document(), dialogs, CLOCK);
        passes = new PassCostingViewModel(open.document(), dialogs, CLOCK);
        costing = new CostingViewModel(open.document(), baseline, passes);
    }

    @AfterEach
    void tearDown() {
        open.close();
    }

    private void enterBaseline() {
        org.tablebook.testing.CostingEntries.termAndClerk(baseline);
        baseline.save();
    }

    private void price(Proposal pass, String percent) {
        passes.selectPass(pass.id());
        passes.newItem();
        passes.kindProperty().set(CostItemKind.ACROSS_THE_BOARD_PERCENT);
        passes.amountProperty().set(percent);
        passes.save();
    }

    @Test
    void withoutABaselineTheSectionSaysWhatToDo() {
        assertFalse(costing.hasBaselineProperty().get());
        assertTrue(costing.summaryProperty().get().startsWith("No costing baseline yet."));
        assertEquals(List.of(), costing.rows());
    }

    @Test
    void aBaselineTypedInIsWrittenAndSummed() {
        enterBaseline();
        assertEquals(List.of(), dialogs.errors);
        assertEquals("USD", open.snapshot().costingBaseline().orElseThrow().currency());
        assertEquals(1, open.snapshot().classifications().size());
        assertTrue(costing.hasBaselineProperty().get());
        assertEquals("The cost of 1%: $10,000.00 a year, roll-up included", costing.onePercentProperty().get());
        assertEquals("Year 1", costing.rows().get(0).period());
        assertEquals(3 + 3, costing.rows().size(), "three years, the total, the percent and the average");
    }

    @Test
    void aBadNumberIsRefusedOnItsFieldAndNothingIsWritten() {
        baseline.newClassification();
        baseline.nameProperty().set("Clerk");
        baseline.headcountProperty().set("fifty");
        baseline.rateProperty().set("10");
        baseline.save();
        assertEquals("Headcount must be a whole number.", baseline.editor().errors().get("headcount"));
        assertEquals(List.of(), open.snapshot().classifications());
    }

    @Test
    void aClassificationBeingEditedKeepsTheEditWhenChangedElsewhereAndLeavingItAsks() {
        enterBaseline();
        baseline.newClassification();
        baseline.nameProperty().set("Porter");
        baseline.headcountProperty().set("5");
        baseline.rateProperty().set("12");
        baseline.save();
        Classification clerk = open.snapshot().classifications().stream().filter(c -> c.name().equals("Clerk"))
                .findFirst().orElseThrow();
        baseline.select(clerk.id());
        baseline.rateProperty().set("11.00");
        assertTrue(baseline.editor().isDirty());

        // Another hand changes the clerk's headcount: the rate typed here stays, and the editor says so.
        Classification more = new Classification(clerk.id(), clerk.name(), 60, clerk.payBasis(), clerk.rate(),
                clerk.standardHours(), clerk.overtimeHours(), clerk.overtimeMultiplier(), clerk.premiumHours(),
                clerk.premiumPerHour(), clerk.healthPremium(), clerk.employerHealthPercent(), clerk.pensionPercent(),
                clerk.createdAt(), NOW.plusSeconds(5));
        open.document().change("Edit classification Clerk", w -> {
            w.update(more);
            return more;
        }, done -> { }, e -> {
            throw new AssertionError(e);
        });
        assertEquals("11.00", baseline.rateProperty().get());
        assertEquals("60", baseline.headcountProperty().get());
        assertFalse(baseline.editor().noticeProperty().get().isEmpty());

        // Choosing the porter asks first; Cancel stays on the clerk with the edit.
        String porter = open.snapshot().classifications().stream().filter(c -> c.name().equals("Porter"))
                .findFirst().orElseThrow().id();
        baseline.select(porter);
        assertEquals(1, dialogs.questions.size());
        assertEquals(clerk.id(), baseline.editor().stored().id());
        assertEquals("11.00", baseline.rateProperty().get());
    }

    @Test
    void pricingBothSidesPassesShowsThePackagesAndTheGap() {
        enterBaseline();
        assertEquals("Not costed", passes.passes().stream().filter(r -> r.pass().id().equals(ours.id())).findFirst()
                .orElseThrow().cost());
        price(ours, "3");
        price(theirs, "1");
        assertEquals(List.of(), dialogs.errors);
        // Their 1% of $1,000,000 from the first day, shown last; the rate stays raised in years 2 and 3.
        assertEquals("This pass alone: Year 1 $10,000.00, Year 2 $10,000.00, Year 3 $10,000.00; $30,000.00 over the term.",
                passes.passCostProperty().get());
        PackageRow year1 = costing.rows().get(0);
        assertEquals("$30,000.00", year1.ours());
        assertEquals("$10,000.00", year1.theirs());
        assertEquals("$20,000.00", year1.gap());
        assertEquals("$0.00", year1.settled());
        assertEquals(2, costing.movement().size(), "one point per day of costed passes");
        assertEquals(0, costing.movement().get(0).theirs().signum());
    }

    @Test
    void aCsvWithABadLineImportsNothingAndNamesTheLine() throws Exception {
        Path csv = dir.resolve("unit.csv");
        Files.writeString(csv, "name,headcount,pay_basis,rate,standard_hours\nCNA,620,HOURLY,19.85,2080\n"
                + "Clerk,x,HOURLY,18.40,2080\n");
        baseline.importCsv(csv);
        assertEquals(List.of(), open.snapshot().classifications());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("Line 3: the headcount \"x\" is not a whole number."),
                dialogs.errors.get(0));
    }

    @Test
    void aGoodCsvAddsNewClassificationsAndUpdatesThoseOfTheSameName() throws Exception {
        enterBaseline();
        Path csv = dir.resolve("unit.csv");
        Files.writeString(csv, "name,headcount,pay_basis,rate,standard_hours\nclerk,55,HOURLY,10.50,2000\n"
                + "CNA,620,HOURLY,19.85,2080\n");
        baseline.importCsv(csv);
        List<Classification> after = open.snapshot().classifications();
        assertEquals(List.of("clerk", "CNA"), after.stream().map(Classification::name).toList());
        assertEquals(55, after.get(0).headcount());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void theDemandsTimelineSaysWhatEachEconomicPassCostsOrThatItIsNotCosted() {
        var demands = new org.tablebook.ui.demands.DemandsViewModel(open.document(), dialogs, CLOCK);
        demands.select(ours.demandId());
        assertEquals(List.of("", ""), demands.passes().stream().map(e -> e.cost()).toList(), "no baseline yet");
        enterBaseline();
        price(ours, "3");
        assertEquals(List.of("Costs $90,000.00 over the term", "Not costed"),
                demands.passes().stream().map(e -> e.cost()).toList());
    }

    /** A document showing {@code snapshot} whose background work waits for the test to run it. */
    private org.tablebook.document.NegotiationDocument queued(org.tablebook.domain.NegotiationSnapshot snapshot,
            QueuedTaskRunner runner) {
        var document = new org.tablebook.document.NegotiationDocument(new org.tablebook.document.Workspace(
                org.tablebook.store.StoreOptions.defaults(CLOCK, dir.resolve("queued-backups"))), runner, () -> "D");
        document.show(snapshot);
        return document;
    }

    @Test
    void thePricedPassesAreCostedOffTheJavaFxThreadAndShownWhenTheWorkIsDone() {
        enterBaseline();
        price(ours, "3");
        QueuedTaskRunner runner = new QueuedTaskRunner();
        PassCostingViewModel later = new PassCostingViewModel(queued(open.snapshot(), runner), dialogs, CLOCK);
        assertEquals(List.of(), later.passes(), "nothing costed on the caller's thread");
        assertTrue(runner.size() > 0);
        runner.drainNewestFirst();
        assertEquals(List.of("$90,000.00", "Not costed"), later.passes().stream()
                .sorted(java.util.Comparator.comparing((PassRow r) -> r.pass().passedOn())).map(PassRow::cost).toList());
        later.selectPass(ours.id());
        assertEquals("", later.passCostProperty().get(), "the selected pass's figures follow from the background");
        runner.drainNewestFirst();
        assertEquals("This pass alone: Year 1 $30,000.00, Year 2 $30,000.00, Year 3 $30,000.00; $90,000.00 over the term.",
                later.passCostProperty().get());
    }

    @Test
    void theTimelinesCostLinesAreWorkedOutOffTheJavaFxThreadAndAnOldResultNeverWins() {
        enterBaseline();
        price(ours, "3");
        var priced = open.snapshot();
        QueuedTaskRunner runner = new QueuedTaskRunner();
        var document = queued(priced, runner);
        var demands = new org.tablebook.ui.demands.DemandsViewModel(document, dialogs, CLOCK);
        demands.select(ours.demandId());
        assertEquals(List.of("", ""), demands.passes().stream().map(e -> e.cost()).toList(),
                "the passes show at once, their costs when worked out");
        assertEquals(List.of("3% a year", "1% a year"), demands.passes().stream().map(e -> e.proposal().summary())
                .toList());
        runner.drainNewestFirst();
        assertEquals(List.of("Costs $90,000.00 over the term", "Not costed"),
                demands.passes().stream().map(e -> e.cost()).toList());

        // Their pass priced too: the older snapshot's lines, arriving last, do not replace the newer ones.
        price(theirs, "1");
        document.show(open.snapshot());
        document.show(priced);
        document.show(open.snapshot());
        runner.drainNewestFirst();
        assertEquals(List.of("Costs $90,000.00 over the term", "Costs $30,000.00 over the term"),
                demands.passes().stream().map(e -> e.cost()).toList());
    }

    @Test
    void deletingAPricedPassTakesItsItemsWithItInOneChange() {
        enterBaseline();
        price(ours, "3");
        var form = new org.tablebook.ui.common.PassFormViewModel(open.document(), dialogs, CLOCK);
        form.startEdit(ours);
        dialogs.confirmAnswers.push(true);
        form.delete();
        assertEquals(List.of(), dialogs.errors);
        assertTrue(open.snapshot().proposal(ours.id()).isEmpty());
        assertEquals(List.of(), open.snapshot().costItems());
        assertEquals(1, open.audit().stream().filter(a -> a.label().equals("Delete pass")).map(a -> a.changeId())
                .distinct().count(), "one change, so one undo brings both back");
    }

    @Test
    void theCostingsChangesAreNamedOnTheAuditTrailInTheWindowsLanguage() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(org.tablebook.domain.Language.SPANISH.locale());
        try {
            enterBaseline();
            price(ours, "3");
            dialogs.confirmAnswers.push(true);
            passes.delete();
            baseline.selectedProperty().set(open.snapshot().classifications().get(0));
            dialogs.confirmAnswers.push(true);
            baseline.delete();
            assertEquals(List.of(), dialogs.errors);
            List<String> labels = open.audit().stream().map(a -> a.label()).distinct().toList();
            assertTrue(labels.containsAll(List.of("Introducir la base de costeo", "Añadir clasificación Clerk",
                    "Costear un pase", "Eliminar un concepto costeado", "Eliminar clasificación Clerk")),
                    labels.toString());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
