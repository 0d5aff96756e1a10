package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Classification;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostItemKind;
import org.tablebook.domain.CostingBaseline;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.PayBasis;
import org.tablebook.domain.ValidationException;

/** The costing tables: exact decimals in and out, and what may not be deleted while in use. */
class CostingStoreTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Fixtures.T0);

    private final Fixtures f = new Fixtures();
    private final CostingBaseline baseline = new CostingBaseline("cb", "USD", LocalDate.of(2026, 7, 1),
            LocalDate.of(2029, 6, 30), new BigDecimal("17.15"), Fixtures.T0, Fixtures.T0);
    private final Classification cna = new Classification("cl", "CNA", 42, PayBasis.HOURLY, new BigDecimal("21.50"),
            new BigDecimal("2080"), new BigDecimal("120.0"), new BigDecimal("1.5"), new BigDecimal("520"),
            new BigDecimal("1.25"), new BigDecimal("9600.00"), new BigDecimal("80"), new BigDecimal("3.000"),
            Fixtures.T0, Fixtures.T0);
    private final CostItem raise = new CostItem("ci", f.proposal.id(), CostItemKind.ACROSS_THE_BOARD_PERCENT, null,
            new BigDecimal("4.5"), LocalDate.of(2026, 7, 1), "year 1", Fixtures.T0, Fixtures.T0);
    private final CostItem step = new CostItem("cs", f.proposal.id(), CostItemKind.NEW_RATE, "cl",
            new BigDecimal("23.10"), LocalDate.of(2027, 1, 1), "", Fixtures.T0, Fixtures.T0);

    private NegotiationSnapshot withCosting() {
        return f.snapshot().withCosting(List.of(baseline), List.of(cna), List.of(raise, step));
    }

    @Test
    void costingComesBackExactlyAsWrittenScalesIncluded() throws Exception {
        NegotiationSnapshot snapshot = withCosting();
        Path file = dir.resolve("c.tablebook");
        try (TablebookStore store = TablebookStore.createFrom(file, snapshot, Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            assertEquals(snapshot, store.loadSnapshot());
        }
        try (TablebookStore store = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            NegotiationSnapshot loaded = store.loadSnapshot();
            assertEquals(snapshot, loaded);
            assertEquals("21.50", loaded.classifications().get(0).rate().toPlainString());
            assertEquals("3.000", loaded.classifications().get(0).pensionPercent().toPlainString());
            assertEquals(List.of(raise, step), loaded.costItemsOf(f.proposal.id()));
        }
    }

    @Test
    void aClassificationOrAPassWithCostingItemsIsNotDeletedUnderThem() throws Exception {
        try (TablebookStore store = TablebookStore.createFrom(dir.resolve("d.tablebook"), withCosting(),
                Fixtures.ACTOR, Fixtures.options(dir, clock))) {
            ValidationException c = assertThrows(ValidationException.class,
                    () -> store.write(Fixtures.ACTOR, "Delete", w -> {
                        w.delete(EntityRef.of(cna));
                        return null;
                    }));
            assertEquals("The classification \"CNA\" is named by 1 costing item; remove those items first.",
                    c.getMessage());
            ValidationException p = assertThrows(ValidationException.class,
                    () -> store.write(Fixtures.ACTOR, "Delete", w -> {
                        w.delete(EntityRef.of(f.proposal));
                        return null;
                    }));
            assertTrue(p.getMessage().contains("has 2 costing items"), p.getMessage());
            store.write(Fixtures.ACTOR, "Delete pass", w -> {
                w.delete(EntityRef.of(raise));
                w.delete(EntityRef.of(step));
                w.delete(EntityRef.of(f.proposal));
                return null;
            });
            assertEquals(List.of(), store.loadSnapshot().costItems());
        }
    }

    @Test
    void aSecondBaselineIsRefused() throws Exception {
        try (TablebookStore store = TablebookStore.createFrom(dir.resolve("e.tablebook"), withCosting(),
                Fixtures.ACTOR, Fixtures.options(dir, clock))) {
            CostingBaseline second = new CostingBaseline("cb2", "USD", LocalDate.of(2026, 7, 1),
                    LocalDate.of(2027, 6, 30), BigDecimal.ZERO, Fixtures.T0, Fixtures.T0);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> store.write(Fixtures.ACTOR, "Add", w -> {
                        w.insert(second);
                        return null;
                    }));
            assertEquals("This negotiation already has a costing baseline; change that one.", e.getMessage());
        }
    }
}
