package org.tablebook.costing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;

/**
 * The package table as plain text and as JSON, for the command line and the committee report:
 * one home for how a line is labelled and how its figures are written.
 */
public final class PackageText {
    private PackageText() {
    }

    /** "Year 1", "Total over the term", "% of today's cost", "Per person per year". */
    public static String label(PackageLine line) {
        return switch (line.kind()) {
            case YEAR -> "Year " + line.year();
            case TOTAL -> "Total over the term";
            case PERCENT_OF_BASELINE -> "% of today's cost";
            case AVERAGE_PER_PERSON_PER_YEAR -> "Per person per year";
        };
    }

    /** A figure of the line: money in the currency, or a percent. */
    public static String figure(PackageLine line, BigDecimal value, String currency) {
        return line.isMoney() ? Money.format(value, currency) : Money.percent(value);
    }

    /** The passes a package is made of: "U-1 4.5% / 4% / 4%; U-3 …", or "nothing costed". */
    public static String passes(NegotiationSnapshot s, SidePackage p) {
        if (p.isEmpty()) {
            return "nothing costed";
        }
        return p.passes().stream().map((Proposal x) -> s.demand(x.demandId()).map(d -> d.code()).orElse("") + " "
                + x.summary()).collect(Collectors.joining("; "));
    }

    /** The table with a heading, for a terminal. */
    public static String text(NegotiationSnapshot s, PackageComparison c, LocalDate asOf) {
        String cur = c.baseline().currency();
        StringBuilder b = new StringBuilder();
        b.append("Costing of ").append(s.negotiation().title());
        if (asOf != null) {
            b.append(", as of ").append(asOf);
        }
        b.append('\n');
        b.append(String.format(java.util.Locale.US, "%,d", c.headcount())).append(" people in ").append(s.classifications().size()).append(" classifications; ")
                .append("contract ").append(c.baseline().termStart()).append(" to ").append(c.baseline().termEnd())
                .append(" (").append(c.baseline().years()).append(" years); today they cost ")
                .append(Money.format(c.baselineAnnualCost(), cur)).append(" a year.\n");
        b.append("The cost of 1%: ").append(Money.format(c.costOfOnePercent(), cur))
                .append(" a year, roll-up included.\n\n");
        String row = "%-22s %18s %18s %18s %18s%n";
        b.append(String.format(row, "", "Ours", "Theirs", "Gap", "Settled so far"));
        for (PackageLine l : c.table()) {
            b.append(String.format(row, label(l), figure(l, l.ours(), cur), figure(l, l.theirs(), cur),
                    figure(l, l.gap(), cur), figure(l, l.settled(), cur)));
        }
        b.append('\n');
        b.append("Ours: ").append(passes(s, c.ours())).append('\n');
        b.append("Theirs: ").append(passes(s, c.theirs())).append('\n');
        b.append("Settled: ").append(passes(s, c.settled())).append('\n');
        return b.toString();
    }

    /** The same as JSON: amounts as text rounded to the cent, so no reader meets floating point. */
    public static String json(NegotiationSnapshot s, PackageComparison c, LocalDate asOf) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("negotiation", s.negotiation().title());
        root.put("asOf", asOf == null ? null : asOf.toString());
        root.put("currency", c.baseline().currency());
        root.put("termStart", c.baseline().termStart().toString());
        root.put("termEnd", c.baseline().termEnd().toString());
        root.put("contractYears", c.baseline().years());
        root.put("headcount", c.headcount());
        root.put("baselineAnnualCost", Money.cents(c.baselineAnnualCost()).toPlainString());
        root.put("costOfOnePercent", Money.cents(c.costOfOnePercent()).toPlainString());
        ArrayNode lines = root.putArray("lines");
        for (PackageLine l : c.table()) {
            ObjectNode n = lines.addObject();
            n.put("line", l.kind().name());
            if (l.kind() == PackageLine.Kind.YEAR) {
                n.put("year", l.year());
            }
            n.put("ours", Money.cents(l.ours()).toPlainString());
            n.put("theirs", Money.cents(l.theirs()).toPlainString());
            n.put("gap", Money.cents(l.gap()).toPlainString());
            n.put("settled", Money.cents(l.settled()).toPlainString());
        }
        for (var side : List.of(List.of("ours", c.ours()), List.of("theirs", c.theirs()),
                List.of("settled", c.settled()))) {
            ArrayNode passes = root.putArray(side.get(0) + "Passes");
            ((SidePackage) side.get(1)).passes().forEach(p -> {
                ObjectNode n = passes.addObject();
                n.put("demand", s.demand(p.demandId()).map(d -> d.code()).orElse(""));
                n.put("passedOn", p.passedOn().toString());
                n.put("summary", p.summary());
            });
        }
        ArrayNode movement = root.putArray("movement");
        for (PackagePoint p : c.movement()) {
            ObjectNode n = movement.addObject();
            n.put("on", p.on().toString());
            n.put("ours", Money.cents(p.ours()).toPlainString());
            n.put("theirs", Money.cents(p.theirs()).toPlainString());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
