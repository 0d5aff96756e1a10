package org.tablebook.ui.demands;

import org.tablebook.domain.DemandCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Side;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.testing.OpenNegotiation;

/**
 * 2,000 demands and 20,000 passes: the table's derived columns, filters and search are right at
 * that size. It measures nothing that could fail a build; the times it prints are for reading.
 */
class DemandsAtScaleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);
    private static final long SEED = 20_260_303L;

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private NegotiationDocument document;
    private DemandsViewModel viewModel;
    private NegotiationSnapshot snapshot;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK, "Dana Reyes");
        document = file.document();
        viewModel = new DemandsViewModel(document, new FakeDialogService(), CLOCK);
        snapshot = TableSample.large(2_000, 20_000, SEED, LocalDate.of(2026, 3, 3), CLOCK.instant())
                .snapshot(document.snapshot().negotiation());
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    @Test
    void everyRowCarriesTheRightPassCountAndLastPassDate() {
        long started = System.nanoTime();
        document.show(snapshot);
        System.out.printf("2,000 demands, 20,000 passes: rows built in %.1f ms%n", (System.nanoTime() - started) / 1e6);
        for (int round = 0; round < 3; round++) {
            // As after each change: a new snapshot, equal but for one demand's title.
            Demand d = snapshot.demands().get(round);
            NegotiationSnapshot changed = replaceTitle(d, d.title() + "!");
            started = System.nanoTime();
            document.show(changed);
            System.out.printf("  again after a change: %.1f ms%n", (System.nanoTime() - started) / 1e6);
        }
        document.show(snapshot);
        assertEquals(2_000, viewModel.rows().size());
        Map<String, Integer> counts = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        for (Proposal p : snapshot.proposals()) {
            counts.merge(p.demandId(), 1, Integer::sum);
            last.merge(p.demandId(), p.passedOn(), (a, b) -> a.isAfter(b) ? a : b);
        }
        for (DemandRow row : viewModel.allRows()) {
            assertEquals(counts.getOrDefault(row.id(), 0), row.passes(), row.demand().code());
            assertEquals(last.get(row.id()), row.lastPassOn(), row.demand().code());
        }
        assertEquals(20_000, viewModel.allRows().stream().mapToInt(DemandRow::passes).sum());
    }

    private NegotiationSnapshot replaceTitle(Demand d, String title) {
        List<Demand> demands = snapshot.demands().stream().map(x -> x != d ? x : new Demand(d.id(), d.code(),
                d.article(), title, d.description(), d.publicSummary(), d.proposedBy(), d.category(), d.priority(),
                d.subject(), d.origin(), d.originNote(), d.status(), d.confidential(), d.createdAt(), d.updatedAt()))
                .toList();
        return new NegotiationSnapshot(snapshot.negotiation(), snapshot.people(), demands, snapshot.proposals(),
                snapshot.sessions(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    @Test
    void filtersAndSearchAgreeWithAPlainScanOfEveryDemand() {
        document.show(snapshot);
        check(d -> d.proposedBy() == Side.THEIRS, () -> viewModel.sideFilterProperty().set(Side.THEIRS));
        check(d -> d.proposedBy() == Side.THEIRS && d.status() == DemandStatus.ON_TABLE,
                () -> viewModel.statusFilterProperty().set(DemandStatus.ON_TABLE));
        check(d -> d.proposedBy() == Side.THEIRS && d.status() == DemandStatus.ON_TABLE
                && d.priority() == DemandPriority.HIGH, () -> viewModel.priorityFilterProperty().set(DemandPriority.HIGH));
        check(d -> d.proposedBy() == Side.THEIRS && d.status() == DemandStatus.ON_TABLE
                && d.priority() == DemandPriority.HIGH && d.category() == DemandCategory.ECONOMIC,
                () -> viewModel.categoryFilterProperty().set(DemandCategory.ECONOMIC));
        check(d -> true, viewModel::clearFilters);
        check(d -> d.title().toLowerCase(Locale.ROOT).contains("wages 1"),
                () -> viewModel.searchProperty().set("Wages 1"));
        check(d -> d.code().equalsIgnoreCase("U-1999") || d.code().equalsIgnoreCase("E-1999"),
                () -> viewModel.searchProperty().set("-1999"));
        check(d -> d.description().equals("Internal note 1234"), () -> viewModel.searchProperty().set("note 1234"));
    }

    /** Applies a filter, times it, and compares the rows shown with a plain scan. */
    private void check(Predicate<Demand> expected, Runnable filter) {
        long started = System.nanoTime();
        filter.run();
        int shown = viewModel.rows().size();
        System.out.printf("filter to %d rows in %.1f ms%n", shown, (System.nanoTime() - started) / 1e6);
        List<String> want = snapshot.demands().stream().filter(expected).map(Demand::id).sorted().toList();
        List<String> got = viewModel.rows().stream().map(DemandRow::id).sorted().toList();
        assertEquals(want, got);
    }

    @Test
    void sortingByCodeOrdersTheWholeTableAsPeopleReadIt() {
        document.show(snapshot);
        viewModel.rows().setComparator(Comparator.comparing(r -> r.demand().code(), DemandCodes.ORDER));
        List<String> codes = viewModel.rows().stream().map(r -> r.demand().code()).toList();
        assertEquals(2_000, codes.size());
        String first = codes.get(0);
        assertEquals("E-", first.substring(0, 2));
        for (int i = 1; i < codes.size(); i++) {
            String a = codes.get(i - 1);
            String b = codes.get(i);
            if (a.charAt(0) == b.charAt(0)) {
                assertEquals(-1, Integer.compare(Integer.parseInt(a.substring(2)), Integer.parseInt(b.substring(2))),
                        a + " before " + b);
            }
        }
    }

    @Test
    void theTimelineOfADemandWithManyPassesIsOldestFirst() {
        document.show(snapshot);
        DemandRow busiest = viewModel.allRows().stream().max(Comparator.comparingInt(DemandRow::passes)).orElseThrow();
        viewModel.selectedProperty().set(busiest.demand());
        assertEquals(busiest.passes(), viewModel.passes().size());
        for (int i = 1; i < viewModel.passes().size(); i++) {
            LocalDate before = viewModel.passes().get(i - 1).proposal().passedOn();
            LocalDate after = viewModel.passes().get(i).proposal().passedOn();
            assertEquals(true, !after.isBefore(before), "pass " + i);
        }
        assertEquals(busiest.lastPassOn(), viewModel.passes().get(viewModel.passes().size() - 1).proposal().passedOn());
    }
}
