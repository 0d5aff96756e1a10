package org.tablebook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.ui.dashboard.DashboardFigures.DueKind;

/** The app's sample negotiation is a file the store accepts, and the dashboard shows every kind of item on it. */
class DashboardOnSampleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theSampleIsConsistentAndFillsEveryCard() throws Exception {
        try (OpenNegotiation file = OpenNegotiation.holding(SampleNegotiation.build(CLOCK), dir, CLOCK, "Dana")) {
            NegotiationSnapshot s = file.snapshot();
            s.checkConsistency();
            DashboardViewModel vm = new DashboardViewModel(file.document(), CLOCK, (r, f) -> { }, k -> { });
            assertEquals(25, vm.oursTotalProperty().get() + vm.theirsTotalProperty().get());
            assertEquals(1, vm.running().size());
            assertEquals("0:50:00", vm.running().get(0).elapsedProperty().get());
            assertTrue(vm.due().stream().map(DashboardFigures.DueItem::kind).toList().containsAll(java.util.List.of(
                    DueKind.REPORT_BACK, DueKind.COMMITTEE_DECISION, DueKind.INFORMATION_REQUEST,
                    DueKind.GRIEVANCE_WINDOW, DueKind.COMPLIANCE, DueKind.NOTICE, DueKind.CONTRACT_EXPIRY)),
                    vm.due().toString());
            assertEquals(15, vm.timeline().size(), "eight table sessions and seven sidebars");
            assertTrue(vm.ruleCountsProperty().get().errors() >= 1);
            assertEquals(10, vm.chart().size());
        }
    }
}
