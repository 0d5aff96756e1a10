package org.tablebook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.RulesEngine;
import org.tablebook.testing.RandomSnapshots;
import org.tablebook.ui.dashboard.DashboardFigures.ChartPoint;
import org.tablebook.ui.dashboard.DashboardFigures.DueItem;

/** The dashboard's figures over many generated negotiations: they always add up. */
class DashboardFiguresPropertyTest {
    private static final int CASES = 300;

    @Test
    void theFiguresAddUpOnEveryGeneratedNegotiation() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomSnapshots.Sample sample = RandomSnapshots.generate(seed);
            try {
                check(sample);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Failed on " + sample + ": " + e.getMessage(), e);
            }
        }
    }

    private static void check(RandomSnapshots.Sample sample) {
        var s = sample.snapshot();
        List<EvaluatedFinding> findings = RulesEngine.standard().evaluateWithAcknowledgements(s, sample.clock());
        DashboardFigures f = DashboardFigures.of(s, sample.clock(), findings);
        LocalDate today = sample.clock().instant().atZone(sample.clock().getZone()).toLocalDate();

        int counted = f.demandCounts().stream().mapToInt(c -> c.ours() + c.theirs()).sum();
        assertEquals(s.demands().size(), counted, "every demand is counted once");

        var rules = f.rules();
        assertEquals(findings.size(), rules.errors() + rules.warnings() + rules.infos() + rules.acknowledged());

        for (int i = 1; i < f.due().size(); i++) {
            DueItem before = f.due().get(i - 1);
            DueItem after = f.due().get(i);
            assertTrue(!after.dueAt().isBefore(before.dueAt()), "what is due comes in date order");
        }
        for (DueItem item : f.due()) {
            assertTrue(s.contains(item.subject()), "each due item links to a record of the file: " + item);
            assertTrue(!item.title().isBlank() && !item.when().isBlank());
        }

        List<ChartPoint> chart = f.chart();
        assertTrue(!chart.isEmpty());
        assertEquals(today, chart.get(chart.size() - 1).date(), "the chart ends today");
        for (int i = 0; i < chart.size(); i++) {
            ChartPoint p = chart.get(i);
            assertTrue(p.open() >= 0 && p.agreed() >= 0, "no negative counts: " + p);
            assertTrue(p.open() + p.agreed() <= s.demands().size(), "never more than the demands: " + p);
            if (i > 0) {
                assertTrue(p.date().isAfter(chart.get(i - 1).date()), "one point a day, in order");
            }
        }
        for (var e : f.timeline()) {
            assertTrue(!e.date().isBefore(f.timelineStart()) && !e.date().isAfter(f.timelineEnd()),
                    "every event is inside the timeline's span");
        }
    }
}
