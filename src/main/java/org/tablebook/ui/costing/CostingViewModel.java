package org.tablebook.ui.costing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.costing.CostingCache;
import org.tablebook.costing.Money;
import org.tablebook.costing.PackageComparison;
import org.tablebook.costing.PackageLine;
import org.tablebook.costing.PackageText;
import org.tablebook.costing.PackagePoint;
import org.tablebook.costing.Packages;
import org.tablebook.costing.SidePackage;
import org.tablebook.document.BackgroundTask;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.ui.common.Formats;
import org.tablebook.ui.common.Messages;

/**
 * The Costing section's package view: the unit in one line, the cost of 1%, ours against theirs by
 * contract year with the gap and what is settled, and both packages' totals after each day of
 * passes, for the chart. Worked out again whenever the negotiation changes.
 */
public final class CostingViewModel {
    private final NegotiationDocument document;
    private final BaselineViewModel baseline;
    private final PassCostingViewModel passes;

    private final ReadOnlyBooleanWrapper hasBaseline = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper onePercent = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper packages = new ReadOnlyStringWrapper("");
    private final ObservableList<PackageRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PackagePoint> movement = FXCollections.observableArrayList();
    /** What the last comparison costed, so that a change costs again only what it touched. */
    private final CostingCache kept = new CostingCache();

    public CostingViewModel(NegotiationDocument document, BaselineViewModel baseline, PassCostingViewModel passes) {
        this.document = document;
        this.baseline = baseline;
        this.passes = passes;
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        load(document.snapshot());
    }

    /**
     * Works the packages out on the background thread (a large negotiation's movement takes a
     * while), then shows them; a later snapshot's figures always arrive after an earlier one's.
     */
    private void load(NegotiationSnapshot s) {
        if (s == null) {
            show(null, null);
            return;
        }
        BackgroundTask.of(() -> Packages.compare(s, null, kept).orElse(null)).onSuccess(c -> {
            if (document.snapshot() == s) {
                show(s, c);
            }
        }).onFailure(e -> {
            show(s, null);
            // Said where the figures would be, never silently empty.
            summary.set(Messages.get("costing.failed"));
        }).runWith(document.tasks());
    }

    private void show(NegotiationSnapshot s, PackageComparison c) {
        hasBaseline.set(c != null);
        if (c == null) {
            summary.set(Messages.get("costing.noBaseline"));
            onePercent.set("");
            packages.set("");
            rows.clear();
            movement.clear();
            return;
        }
        String cur = c.baseline().currency();
        summary.set(Messages.format("costing.summary", c.headcount(), s.classifications().size(),
                Formats.date(c.baseline().termStart()), Formats.date(c.baseline().termEnd()), c.baseline().years(),
                Money.format(c.baselineAnnualCost(), cur)));
        onePercent.set(Messages.format("costing.onePercent", Money.format(c.costOfOnePercent(), cur)));
        packages.set(Messages.format("costing.package.passes", names(s, c.ours()), names(s, c.theirs())));
        rows.setAll(rows(c));
        movement.setAll(c.movement());
    }

    private static String names(NegotiationSnapshot s, SidePackage p) {
        if (p.isEmpty()) {
            return Messages.get("costing.package.passes.none");
        }
        return p.passes().stream().map((Proposal x) -> s.demand(x.demandId()).map(d -> d.code()).orElse("") + " "
                + x.summary()).collect(Collectors.joining("; "));
    }

    /** The table as the committee reads it: each year, the total, the total as a percent, the average. */
    static List<PackageRow> rows(PackageComparison c) {
        String cur = c.baseline().currency();
        List<PackageRow> out = new ArrayList<>();
        for (PackageLine l : c.table()) {
            String label = switch (l.kind()) {
                case YEAR -> Messages.format("costing.package.year", l.year());
                case TOTAL -> Messages.get("costing.package.total");
                case PERCENT_OF_BASELINE -> Messages.get("costing.package.percent");
                case AVERAGE_PER_PERSON_PER_YEAR -> Messages.get("costing.package.average");
            };
            out.add(new PackageRow(label, PackageText.figure(l, l.ours(), cur), PackageText.figure(l, l.theirs(), cur),
                    PackageText.figure(l, l.gap(), cur), PackageText.figure(l, l.settled(), cur)));
        }
        return out;
    }

    public BaselineViewModel baseline() {
        return baseline;
    }

    public PassCostingViewModel passes() {
        return passes;
    }

    public ReadOnlyBooleanProperty hasBaselineProperty() {
        return hasBaseline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty onePercentProperty() {
        return onePercent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty packagesProperty() {
        return packages.getReadOnlyProperty();
    }

    public ObservableList<PackageRow> rows() {
        return rows;
    }

    /** Both packages' totals over the term after each day of costed passes, oldest first. */
    public ObservableList<PackagePoint> movement() {
        return movement;
    }
}
