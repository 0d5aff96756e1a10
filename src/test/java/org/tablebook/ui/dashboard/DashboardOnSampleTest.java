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
import org.tablebook.testing.SampleNegotiation;
import org.tablebook.ui.dashboard.DashboardFigures.DueKind;

/** The sample negotiation is a file the store accepts, and the dashboard shows every kind of item on it. */
class DashboardOnSampleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theSampleIsConsistentAndFillsEveryCard() throws Exception {
        try (OpenNegotiation file = new OpenNegotiation(dir, CLOCK)) {
            SampleNegotiation.write(file.store(), CLOCK);
            file.document().reload(e -> {
                throw new AssertionError(e);
            });
            NegotiationSnapshot s = file.snapshot();
            s.checkConsistency();
            DashboardViewModel vm = new DashboardViewModel(file.document(), CLOCK, (r, f) -> { }, k -> { });
            assertEquals(17, vm.oursTotalProperty().get() + vm.theirsTotalProperty().get());
            assertEquals(1, vm.running().size());
            assertEquals("0:42:00", vm.running().get(0).elapsedProperty().get());
            assertTrue(vm.due().stream().map(DashboardFigures.DueItem::kind).toList().containsAll(java.util.List.of(
                    DueKind.REPORT_BACK, DueKind.COMMITTEE_DECISION, DueKind.INFORMATION_REQUEST,
                    DueKind.GRIEVANCE_WINDOW, DueKind.COMPLIANCE, DueKind.NOTICE, DueKind.CONTRACT_EXPIRY)),
                    vm.due().toString());
            assertEquals(14, vm.timeline().size(), "nine table sessions and five sidebars");
            assertTrue(vm.ruleCountsProperty().get().errors() >= 1);
            assertTrue(vm.chart().size() > 10);
        }
    }
}
