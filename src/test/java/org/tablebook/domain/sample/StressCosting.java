package org.tablebook.domain.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tablebook.domain.Classification;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostItemKind;
import org.tablebook.domain.CostingBaseline;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.PayBasis;
import org.tablebook.domain.Proposal;

/**
 * Costing for the stress negotiation: a baseline of 40 classifications, and every pass on the
 * first 20 economic demands priced with one to three items, dated on the contract's
 * anniversaries and half-years as raises are (more costed passes than a real unit's table sees). Seeded, so every run costs the same records.
 */
public final class StressCosting {
    private StressCosting() {
    }

    public static NegotiationSnapshot add(NegotiationSnapshot s, long seed) {
        Random r = new Random(seed);
        Instant t = s.negotiation().createdAt();
        var start = s.negotiation().contractExpiresOn() == null ? java.time.LocalDate.of(2027, 1, 1)
                : s.negotiation().contractExpiresOn().plusDays(1);
        CostingBaseline b = new CostingBaseline("stress-baseline", "USD", start, start.plusYears(3).minusDays(1),
                new BigDecimal("8.65"), t, t);
        List<Classification> classes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            classes.add(new Classification("stress-class-" + i, "Classification " + i, 10 + r.nextInt(200),
                    i % 7 == 0 ? PayBasis.ANNUAL : PayBasis.HOURLY,
                    i % 7 == 0 ? BigDecimal.valueOf(40_000 + r.nextInt(60_000)) : BigDecimal.valueOf(1500 + r.nextInt(3000), 2),
                    new BigDecimal("2080"), BigDecimal.valueOf(r.nextInt(200)), new BigDecimal("1.5"),
                    BigDecimal.valueOf(r.nextInt(800)), BigDecimal.valueOf(r.nextInt(300), 2), new BigDecimal("9600.00"),
                    BigDecimal.valueOf(60 + r.nextInt(40)), BigDecimal.valueOf(r.nextInt(8)), t, t));
        }
        List<CostItem> items = new ArrayList<>();
        CostItemKind[] kinds = CostItemKind.values();
        int demands = 0;
        for (Demand d : s.demands()) {
            if (d.category() != DemandCategory.ECONOMIC || demands++ >= 20) {
                continue;
            }
            for (Proposal p : s.proposalsOf(d.id())) {
                for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
                    CostItemKind kind = kinds[r.nextInt(kinds.length)];
                    String cls = kind.needsClassification() || r.nextInt(4) == 0
                            ? classes.get(r.nextInt(classes.size())).id() : null;
                    BigDecimal amount = switch (kind) {
                        case ACROSS_THE_BOARD_PERCENT -> BigDecimal.valueOf(100 + r.nextInt(400), 2);
                        case NEW_RATE -> BigDecimal.valueOf(2000 + r.nextInt(2000), 2);
                        case ADDED_POSITIONS -> BigDecimal.valueOf(1 + r.nextInt(5));
                        case LUMP_SUM -> BigDecimal.valueOf(100 + r.nextInt(1000));
                        default -> BigDecimal.valueOf(r.nextInt(300), 2);
                    };
                    items.add(new CostItem(p.id() + "-cost-" + k, p.id(), kind, cls, amount,
                            start.plusMonths(6L * r.nextInt(6)), "", p.createdAt(), p.createdAt()));
                }
            }
        }
        return s.withCosting(List.of(b), classes, items);
    }
}
