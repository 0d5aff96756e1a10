package org.tablebook.costing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tablebook.domain.Classification;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostItemKind;
import org.tablebook.domain.CostingBaseline;
import org.tablebook.domain.PayBasis;

/**
 * The costing method, as union costing guides teach it: the cost of a proposal is what the unit
 * costs the employer with it, less what it costs today (the baseline), in each contract year.
 *
 * <ul>
 *   <li>A classification costs, per person and year: pay (rate times standard hours, or the
 *       salary), overtime (hours times multiplier times the hourly rate), shift premiums, paid days
 *       off (days times a day's hours, standard hours over 260 working days, at the hourly rate);
 *       the roll-up on all of that pay (the baseline's roll-up plus the classification's pension,
 *       in percent); and the employer's share of the health premium.</li>
 *   <li>Items take effect on their date and stay in effect to the end of the term, so a raise
 *       compounds: a later percent applies to the raised rate. Rates are paid to the cent (see
 *       {@link Money}).</li>
 *   <li>Part of a year counts by whole months from the contract year's start, and leftover days
 *       over the year's days: a raise on the first of the seventh month costs half a year.</li>
 *   <li>A lump sum is paid once, to each person in the unit on its date, with the roll-up; it
 *       never enters a rate.</li>
 *   <li>An item dated before the term starts with the term; one dated after it ends costs nothing.</li>
 * </ul>
 */
public final class CostingEngine {
    private static final BigDecimal WORKING_DAYS = BigDecimal.valueOf(260);

    private CostingEngine() {
    }

    /**
     * The cost above the baseline of {@code items} together, for every classification: the
     * straightforward way, each classification costed afresh (see {@link Calculator} for many
     * packages of one unit).
     */
    public static CostBreakdown cost(CostingBaseline baseline, List<Classification> classes, List<CostItem> items) {
        List<CostItem> ordered = ordered(items);
        Segments segments = new Segments(baseline, ordered);
        List<List<YearCost>> parts = new ArrayList<>(classes.size());
        for (Classification c : classes) {
            parts.add(classification(baseline, c, new Terms(baseline, c), applying(ordered, c), segments));
        }
        return sum(baseline, classes, parts);
    }

    /**
     * Costs many packages of one unit, as the movement of both packages over a negotiation needs,
     * and again after each change: what a classification costs depends only on the items that apply
     * to it, in their order, so each classification's cost under one list of items is worked out
     * once and kept, and so is each package's cost, each classification's fixed terms and each
     * share of a year. Items are compared as whole records, so an edited item is a new item: a
     * change costs again only the packages that hold it, and only for the classifications it
     * applies to. {@link #forgetUnused} drops what the costings since its last call did not ask
     * for. The figures are the same as {@link CostingEngine#cost}'s: a cut in a year where nothing
     * of a classification changes splits a share of the year in two without changing the sum.
     * Safe to share between threads.
     */
    public static final class Calculator {
        private final CostingBaseline baseline;
        private final List<Classification> classes;
        private final List<Terms> terms = new ArrayList<>();
        private final Map<List<LocalDate>, BigDecimal> fractions = new HashMap<>();
        private Kept kept = new Kept();
        private Kept used = new Kept();

        /** Packages and classifications costed, each under the items it was costed with. */
        private static final class Kept {
            final Map<List<CostItem>, CostBreakdown> packages = new HashMap<>();
            final Map<Integer, Map<List<CostItem>, List<YearCost>>> classes = new HashMap<>();
        }

        public Calculator(CostingBaseline baseline, List<Classification> classes) {
            this.baseline = baseline;
            this.classes = List.copyOf(classes);
            for (Classification c : this.classes) {
                terms.add(new Terms(baseline, c));
            }
        }

        /** Whether this calculator costs this unit: the same baseline and classifications. */
        public boolean costs(CostingBaseline b, List<Classification> cs) {
            return baseline.equals(b) && classes.equals(cs);
        }

        /** What {@code items} cost together; the same figures as {@link CostingEngine#cost}. */
        public synchronized CostBreakdown cost(List<CostItem> items) {
            List<CostItem> key = List.copyOf(items);
            CostBreakdown done = used.packages.get(key);
            if (done == null) {
                done = kept.packages.get(key);
                if (done == null) {
                    done = costAnew(key);
                }
                used.packages.put(key, done);
            }
            return done;
        }

        private CostBreakdown costAnew(List<CostItem> items) {
            List<CostItem> ordered = ordered(items);
            List<List<YearCost>> parts = new ArrayList<>(classes.size());
            for (int k = 0; k < classes.size(); k++) {
                Classification c = classes.get(k);
                List<CostItem> mine = applying(ordered, c);
                Map<List<CostItem>, List<YearCost>> now = used.classes.computeIfAbsent(k, x -> new HashMap<>());
                List<YearCost> one = now.get(mine);
                if (one == null) {
                    one = kept.classes.getOrDefault(k, Map.of()).get(mine);
                    if (one == null) {
                        one = classification(baseline, c, terms.get(k), mine, new Segments(baseline, mine, fractions));
                    }
                    now.put(mine, one);
                }
                parts.add(one);
            }
            return sum(baseline, classes, parts);
        }

        /** Keeps only what was costed since the last call, so what no snapshot holds any more goes. */
        public synchronized void forgetUnused() {
            kept = used;
            used = new Kept();
        }
    }

    private static List<CostItem> ordered(List<CostItem> items) {
        return items.stream().sorted(Comparator.comparing(CostItem::effectiveOn)).toList();
    }

    private static List<CostItem> applying(List<CostItem> ordered, Classification c) {
        return ordered.stream().filter(i -> i.classificationId() == null || i.classificationId().equals(c.id()))
                .toList();
    }

    private static CostBreakdown sum(CostingBaseline baseline, List<Classification> classes,
            List<List<YearCost>> parts) {
        int years = baseline.years();
        List<YearCost> total = new ArrayList<>(years);
        for (int y = 1; y <= years; y++) {
            total.add(new YearCost(y, baseline.yearStart(y), baseline.yearEnd(y), BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO));
        }
        for (List<YearCost> one : parts) {
            for (int y = 0; y < years; y++) {
                total.set(y, total.get(y).plus(one.get(y)));
            }
        }
        return new CostBreakdown(total, classes.stream().mapToInt(Classification::headcount).sum());
    }

    /** What stays fixed of a classification whatever is proposed: its baseline costs and rates. */
    private static final class Terms {
        final BigDecimal baseWage;
        final BigDecimal baseHealth;
        final BigDecimal rollUpRate;
        final BigDecimal dayHours;

        Terms(CostingBaseline b, Classification c) {
            dayHours = Money.divide(c.standardHours(), WORKING_DAYS);
            State base = new State(c, dayHours);
            BigDecimal nb = BigDecimal.valueOf(c.headcount());
            baseWage = base.wageDriven(c).multiply(nb);
            baseHealth = base.health(c).multiply(nb);
            rollUpRate = rollUpFactor(b, c).subtract(BigDecimal.ONE);
        }
    }

    /**
     * What a 1% raise costs for a full year: 1% of the pay that moves with the rate (wages and
     * overtime), with its roll-up.
     */
    public static BigDecimal costOfOnePercent(CostingBaseline baseline, List<Classification> classes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Classification c : classes) {
            State s = new State(c, Money.divide(c.standardHours(), WORKING_DAYS));
            BigDecimal moving = s.pay(c).add(s.overtime(c)).multiply(BigDecimal.valueOf(c.headcount()));
            sum = sum.add(Money.percentOf(moving, BigDecimal.ONE).multiply(rollUpFactor(baseline, c)));
        }
        return sum;
    }

    /** What the unit costs the employer in a full year today (pay, roll-up, health share). */
    public static BigDecimal baselineAnnualCost(CostingBaseline baseline, List<Classification> classes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Classification c : classes) {
            State s = new State(c, Money.divide(c.standardHours(), WORKING_DAYS));
            sum = sum.add(s.perPerson(baseline, c).multiply(BigDecimal.valueOf(c.headcount())));
        }
        return sum;
    }

    /**
     * The days each contract year is cut at (its start, every item's effective day in it, its end),
     * with the share of the year between each two: the same for every classification, so worked
     * out once.
     */
    private static final class Segments {
        final List<List<LocalDate>> points = new ArrayList<>();
        final List<List<BigDecimal>> fractions = new ArrayList<>();

        Segments(CostingBaseline b, List<CostItem> items) {
            this(b, items, new HashMap<>());
        }

        /** With {@code kept}: the share of a year between two days, by year start and the two days. */
        Segments(CostingBaseline b, List<CostItem> items, Map<List<LocalDate>, BigDecimal> kept) {
            for (int y = 1; y <= b.years(); y++) {
                LocalDate ys = b.yearStart(y);
                LocalDate ye = b.yearEnd(y);
                TreeSet<LocalDate> cuts = new TreeSet<>();
                cuts.add(ys);
                cuts.add(ye);
                for (CostItem i : items) {
                    LocalDate on = effective(i, b);
                    if (on.isAfter(ys) && on.isBefore(ye)) {
                        cuts.add(on);
                    }
                }
                List<LocalDate> p = new ArrayList<>(cuts);
                List<BigDecimal> f = new ArrayList<>();
                for (int k = 0; k + 1 < p.size(); k++) {
                    LocalDate from = p.get(k);
                    LocalDate to = p.get(k + 1);
                    f.add(kept.computeIfAbsent(List.of(ys, from, to), x -> fraction(ys, from, to)));
                }
                points.add(p);
                fractions.add(f);
            }
        }
    }

    private static List<YearCost> classification(CostingBaseline b, Classification c, Terms terms,
            List<CostItem> items, Segments segments) {
        BigDecimal baseWage = terms.baseWage;
        BigDecimal baseHealth = terms.baseHealth;
        BigDecimal rollUpRate = terms.rollUpRate;
        State now = new State(c, terms.dayHours);
        int next = 0;
        List<YearCost> out = new ArrayList<>();
        LocalDate termEnd = b.termEnd().plusDays(1);
        BigDecimal wage = BigDecimal.ZERO;
        BigDecimal health = BigDecimal.ZERO;
        boolean stale = true;
        for (int y = 1; y <= b.years(); y++) {
            LocalDate ys = b.yearStart(y);
            LocalDate ye = b.yearEnd(y);
            BigDecimal pay = BigDecimal.ZERO;
            BigDecimal rollUp = BigDecimal.ZERO;
            BigDecimal benefits = BigDecimal.ZERO;
            BigDecimal lumps = BigDecimal.ZERO;
            List<LocalDate> points = segments.points.get(y - 1);
            List<BigDecimal> shares = segments.fractions.get(y - 1);
            for (int k = 0; k + 1 < points.size(); k++) {
                LocalDate from = points.get(k);
                while (next < items.size() && !effective(items.get(next), b).isAfter(from)
                        && effective(items.get(next), b).isBefore(termEnd)) {
                    CostItem item = items.get(next++);
                    if (item.kind() == CostItemKind.LUMP_SUM) {
                        BigDecimal paid = item.amount().multiply(BigDecimal.valueOf(now.headcount));
                        lumps = lumps.add(paid);
                        rollUp = rollUp.add(paid.multiply(rollUpRate));
                    } else {
                        now.apply(item, c);
                        stale = true;
                    }
                }
                if (stale) {
                    BigDecimal n = BigDecimal.valueOf(now.headcount);
                    wage = now.wageDriven(c).multiply(n).subtract(baseWage);
                    health = now.health(c).multiply(n).subtract(baseHealth);
                    stale = false;
                }
                if (wage.signum() == 0 && health.signum() == 0) {
                    continue;
                }
                BigDecimal f = shares.get(k);
                BigDecimal wagePart = wage.multiply(f);
                pay = pay.add(wagePart);
                rollUp = rollUp.add(wagePart.multiply(rollUpRate));
                benefits = benefits.add(health.multiply(f));
            }
            out.add(new YearCost(y, ys, ye, pay, rollUp, benefits, lumps));
        }
        return out;
    }

    private static LocalDate effective(CostItem i, CostingBaseline b) {
        return i.effectiveOn().isBefore(b.termStart()) ? b.termStart() : i.effectiveOn();
    }

    /** 1 + (roll-up + pension) / 100. */
    static BigDecimal rollUpFactor(CostingBaseline b, Classification c) {
        return BigDecimal.ONE.add(b.rollUpPercent().add(c.pensionPercent()).divide(Money.HUNDRED, Money.PRECISION));
    }

    /** The share of a contract year starting {@code ys} between two of its days: months first, then days. */
    static BigDecimal fraction(LocalDate ys, LocalDate from, LocalDate to) {
        return at(ys, to).subtract(at(ys, from));
    }

    private static BigDecimal at(LocalDate ys, LocalDate d) {
        long months = ChronoUnit.MONTHS.between(ys, d);
        LocalDate monthStart = ys.plusMonths(months);
        long days = ChronoUnit.DAYS.between(monthStart, d);
        long daysInMonth = ChronoUnit.DAYS.between(monthStart, ys.plusMonths(months + 1));
        return BigDecimal.valueOf(months).add(Money.divide(BigDecimal.valueOf(days), BigDecimal.valueOf(daysInMonth)))
                .divide(BigDecimal.valueOf(12), Money.PRECISION);
    }

    /** A classification's terms at one moment: the rate compounds unrounded, the rate paid is rounded. */
    private static final class State {
        BigDecimal rate;
        BigDecimal paid;
        BigDecimal premiumPerHour;
        BigDecimal healthPercent;
        BigDecimal daysOff = BigDecimal.ZERO;
        int headcount;
        /** A day's hours: standard hours over the working days of a year. */
        final BigDecimal dayHours;
        /** The health share worked out for {@link #healthPercent}, until it changes. */
        private BigDecimal health;

        State(Classification c, BigDecimal dayHours) {
            this.dayHours = dayHours;
            rate = c.rate();
            paid = c.rate();
            premiumPerHour = c.premiumPerHour();
            healthPercent = c.employerHealthPercent();
            headcount = c.headcount();
        }

        void apply(CostItem i, Classification c) {
            switch (i.kind()) {
                case ACROSS_THE_BOARD_PERCENT -> raise(rate.add(Money.percentOf(rate, i.amount())));
                case AMOUNT_PER_HOUR -> raise(rate.add(c.payBasis() == PayBasis.HOURLY ? i.amount()
                        : i.amount().multiply(c.standardHours())));
                case NEW_RATE -> raise(i.amount());
                case PREMIUM_CHANGE -> premiumPerHour = premiumPerHour.add(i.amount());
                case BENEFIT_SHARE_CHANGE -> {
                    healthPercent = healthPercent.add(i.amount()).min(Money.HUNDRED).max(BigDecimal.ZERO);
                    health = null;
                }
                case PAID_DAYS_OFF -> daysOff = daysOff.add(i.amount());
                case ADDED_POSITIONS -> headcount += i.amount().intValue();
                case LUMP_SUM -> throw new IllegalArgumentException("A lump sum is paid, not applied");
            }
        }

        private void raise(BigDecimal unrounded) {
            rate = unrounded;
            paid = Money.paidRate(unrounded);
        }

        BigDecimal pay(Classification c) {
            return c.payBasis() == PayBasis.HOURLY ? paid.multiply(c.standardHours()) : paid;
        }

        BigDecimal hourly(Classification c) {
            return c.payBasis() == PayBasis.HOURLY ? paid : Money.divide(paid, c.standardHours());
        }

        BigDecimal overtime(Classification c) {
            return c.overtimeHours().multiply(c.overtimeMultiplier()).multiply(hourly(c));
        }

        BigDecimal wageDriven(Classification c) {
            return pay(c).add(overtime(c)).add(c.premiumHours().multiply(premiumPerHour))
                    .add(daysOff.multiply(dayHours).multiply(hourly(c)));
        }

        BigDecimal health(Classification c) {
            if (health == null) {
                health = Money.percentOf(c.healthPremium(), healthPercent);
            }
            return health;
        }

        BigDecimal perPerson(CostingBaseline b, Classification c) {
            return wageDriven(c).multiply(rollUpFactor(b, c)).add(health(c));
        }
    }
}
