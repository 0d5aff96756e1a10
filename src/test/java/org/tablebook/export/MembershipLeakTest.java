package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.costing.Money;
import org.tablebook.costing.PackageComparison;
import org.tablebook.costing.Packages;
import org.tablebook.costing.SidePackage;
import org.tablebook.domain.Language;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.rules.Finding;

/**
 * The membership summary never carries anything confidential, in any format: a distinct canary
 * token is planted in every confidential field, and none may appear in the HTML, the Markdown or
 * the text of the PDF, while every public token must. With the committee's money tick on, no
 * confidential figure of the costing appears either: only the settled total and the average per
 * person per year.
 */
class MembershipLeakTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneId.of("Europe/Paris"));
    private final Exporter exporter = new Exporter(CLOCK);

    static List<List<Language>> languageChoices() {
        return List.of(List.of(Language.ENGLISH), List.of(Language.SPANISH), List.of(Language.ENGLISH, Language.SPANISH));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    /** The three membership formats as text: HTML source, Markdown, and the PDF's extracted text. */
    private List<String[]> outputs(NegotiationSnapshot snapshot, List<Finding> findings, List<Language> languages)
            throws Exception {
        return outputs(snapshot, findings, languages, false);
    }

    /** The same, with the committee's money tick on or off. */
    private List<String[]> outputs(NegotiationSnapshot snapshot, List<Finding> findings, List<Language> languages,
            boolean withMoney) throws Exception {
        return outputs(exporter, snapshot, findings, languages, withMoney);
    }

    private static List<String[]> outputs(Exporter exporter, NegotiationSnapshot snapshot, List<Finding> findings,
            List<Language> languages, boolean withMoney) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.PDF)) {
            // The findings go along in the request: the summary must ignore them.
            ExportRequest request = new ExportRequest(snapshot, Audience.MEMBERS, format, findings, List.of(), null, null,
                    languages, withMoney);
            byte[] bytes = exporter.render(request, ProgressListener.NONE);
            String text = format == ExportFormat.PDF ? pdfText(bytes) : new String(bytes, StandardCharsets.UTF_8);
            out.add(new String[] {format.name(), text});
        }
        out.add(new String[] {"preview", exporter.previewHtml(ExportRequest.members(snapshot, ExportFormat.PDF)
                .inLanguages(languages).withMoney(withMoney))});
        return out;
    }

    /** The two figures the money tick shows, as written: the settled total and the average per person. */
    private static List<String> shownMoney(NegotiationSnapshot s, Clock clock) {
        return MembershipSummary.of(s, clock, true).money()
                .map(m -> List.of(Money.format(m.settledTotal(), m.currency()),
                        Money.format(m.averagePerPersonPerYear(), m.currency())))
                .orElse(List.of());
    }

    /**
     * Every figure of the costing that stays in the room, as the app writes money: both packages by
     * year, over the term and per person, the gap, the committee's settled figures (which count
     * agreements members do not read about), how the packages moved, each costed pass's cost, the
     * baseline's cost and the cost of 1%; as of the report's day and with every pass. A figure that
     * happens to equal one of the two shown (or nothing) is left out.
     */
    static List<String> confidentialMoney(NegotiationSnapshot s, Clock clock) {
        if (s.costingBaseline().isEmpty()) {
            return List.of();
        }
        String cur = s.costingBaseline().get().currency();
        List<BigDecimal> figures = new ArrayList<>();
        for (LocalDate asOf : java.util.Arrays.asList(null, LocalDate.now(clock))) {
            PackageComparison c = Packages.compare(s, asOf).orElseThrow();
            figures.addAll(List.of(c.baselineAnnualCost(), c.costOfOnePercent(), c.gap()));
            for (SidePackage p : List.of(c.ours(), c.theirs(), c.settled())) {
                figures.add(p.total());
                figures.add(p.cost().averagePerPersonPerYear());
                p.cost().years().forEach(y -> figures.addAll(List.of(y.total(), y.pay(), y.rollUp(), y.benefits(),
                        y.lumpSums())));
            }
            c.movement().forEach(m -> figures.addAll(List.of(m.ours(), m.theirs())));
        }
        for (Proposal p : s.proposals()) {
            Packages.costOf(s, p).ifPresent(cost -> {
                figures.add(cost.total());
                cost.years().forEach(y -> figures.add(y.total()));
            });
        }
        List<String> shown = shownMoney(s, clock);
        return figures.stream().filter(f -> Money.cents(f).signum() != 0).map(f -> Money.format(f, cur))
                .filter(f -> !shown.contains(f)).distinct().toList();
    }

    /**
     * With the committee's money tick on, the settled total and the average per person are all the
     * money members read: no confidential figure leaks, in English, in Spanish or in both, and
     * every canary stays out as before.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noConfidentialMoneyReachesMembersWithTheMoneyTick(long seed) throws Exception {
        RandomNegotiations.Generated g = RandomNegotiations.generate(seed);
        List<Language> languages = languageChoices().get((int) (seed % 3));
        List<String> secrets = new ArrayList<>(g.canaries());
        confidentialMoney(g.snapshot(), CLOCK).forEach(f -> secrets.add(squeeze(f)));
        List<String> open = new ArrayList<>(g.publicTokens());
        shownMoney(g.snapshot(), CLOCK).forEach(f -> open.add(squeeze(f)));
        check("seed " + seed + " " + languages + " with money", outputs(g.snapshot(), g.findings(), languages, true),
                secrets, open);
    }

    @Test
    void theSeedsCostSomethingConfidentialAndSettleSomethingShown() {
        int confidential = 0;
        int settled = 0;
        for (long seed : seeds().toArray()) {
            NegotiationSnapshot s = RandomNegotiations.generate(seed).snapshot();
            confidential += confidentialMoney(s, CLOCK).size();
            settled += MembershipSummary.of(s, CLOCK, true).money().filter(m -> Money.cents(m.settledTotal())
                    .signum() != 0).isPresent() ? 1 : 0;
        }
        // Few random negotiations agree on a costed demand: the sample's test covers the settled figures.
        assertTrue(confidential > 100 && settled >= 2, "the seeds exercise the money tick: " + confidential
                + " confidential figures, " + settled + " negotiations with a settled cost");
    }

    /** The sample, costed on both sides, with the tick on: only its settled total and average reach members. */
    @ParameterizedTest
    @MethodSource("languageChoices")
    void theSampleKeepsItsMoneySecretsWithTheTick(List<Language> languages) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-05-12T14:30:00Z"), ZoneId.of("America/Chicago"));
        NegotiationSnapshot s = org.tablebook.domain.sample.SampleNegotiation.build(clock);
        List<String> secrets = confidentialMoney(s, clock);
        assertTrue(secrets.size() > 20, secrets.toString());
        List<String> shown = shownMoney(s, clock);
        assertEquals(List.of("$1,250,415.00", "$225.30"), shown);
        for (String[] output : outputs(new Exporter(clock), s, List.of(), languages, true)) {
            String text = squeeze(output[1]);
            for (String secret : secrets) {
                assertTrue(!text.contains(squeeze(secret)), output[0] + " leaks " + secret);
            }
            for (String figure : shown) {
                assertTrue(text.contains(figure), output[0] + " lacks " + figure);
            }
        }
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Line wrapping may split a token in a PDF's text; comparing without whitespace undoes that. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void check(String label, List<String[]> outputs, List<String> canaries, List<String> publicTokens) {
        for (String[] output : outputs) {
            String text = squeeze(output[1]);
            for (String canary : canaries) {
                if (text.contains(canary)) {
                    fail(label + ": the " + output[0] + " membership summary leaks confidential token " + canary);
                }
            }
            for (String token : publicTokens) {
                assertTrue(text.contains(token), label + ": the " + output[0] + " summary lacks public token " + token);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noCanaryReachesMembersAndEveryPublicTextDoes(long seed) throws Exception {
        RandomNegotiations.Generated g = RandomNegotiations.generate(seed);
        check("seed " + seed, outputs(g.snapshot(), g.findings(), List.of(Language.ENGLISH)), g.canaries(),
                g.publicTokens());
    }

    /** The same in Spanish, and (every fifth seed, PDFs being slow) in both languages side by side. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noCanaryReachesMembersInSpanishOrInBoth(long seed) throws Exception {
        RandomNegotiations.Generated g = RandomNegotiations.generate(seed);
        List<Language> languages = seed % 5 == 0 ? List.of(Language.ENGLISH, Language.SPANISH)
                : List.of(Language.SPANISH);
        check("seed " + seed + " " + languages, outputs(g.snapshot(), g.findings(), languages), g.canaries(),
                g.publicTokens());
    }

    @Test
    void theSeedsPlantCanariesInEveryKindOfConfidentialField() {
        int confidentialDemands = 0;
        int proposals = 0;
        int endedSidebars = 0;
        int topics = 0;
        int reportBacks = 0;
        int agreements = 0;
        int findings = 0;
        for (long seed : seeds().toArray()) {
            NegotiationSnapshot s = RandomNegotiations.generate(seed).snapshot();
            confidentialDemands += (int) s.demands().stream().filter(d -> d.confidential()).count();
            proposals += s.proposals().size();
            endedSidebars += (int) s.sidebars().stream().filter(b -> b.endedAt() != null).count();
            topics += s.topics().size();
            reportBacks += s.reportBacks().size();
            agreements += s.agreements().size();
            findings += RandomNegotiations.generate(seed).findings().size();
        }
        assertTrue(confidentialDemands > 20 && proposals > 100 && endedSidebars > 10 && topics > 50
                        && reportBacks > 5 && agreements > 50 && findings > 50,
                "the generator exercises every confidential field: " + List.of(confidentialDemands, proposals,
                        endedSidebars, topics, reportBacks, agreements, findings));
    }

    @ParameterizedTest
    @MethodSource("languageChoices")
    void theSampleKeepsItsSecrets(List<Language> languages) throws Exception {
        NegotiationSnapshot s = ReportFixture.snapshot();
        List<String> secrets = new ArrayList<>(List.of(ReportFixture.INTERNAL_WAGES, ReportFixture.STRIKE_TITLE,
                "Members' hardship fund contributions", ReportFixture.SIDEBAR_NOTES, ReportFixture.OUR_POSITION,
                "1:5 now, 1:4 in 2028", "Accepted 9-1; parking goes", "Ratios deal on offer; wages stuck",
                ReportFixture.TA_PRIVATE_TEXT, "Premium share stays at 5% for two years", "6% each year",
                "5.5% on each anniversary", "Explore a ratios-for-parking trade", "Small conference room B",
                "Nothing about the strike fund", "Overtime hours by unit", "Publish monthly staffing reports",
                "Came from the 2024 survey", "2025 member survey", "Hospital board room", "Art. U-1"));
        s.people().forEach(p -> secrets.add(p.name()));
        ReportFixture.findings().forEach(f -> secrets.add(f.message()));
        List<String> open = List.of("Riverside General 2026 contract", "Healthcare Workers Local 512",
                "Riverside General Hospital", "Enforceable nurse-to-patient ratios on every unit.",
                "Nurse-to-patient ratios of 1 to 4 on medical-surgical units from January 2027.",
                Words.of(languages.get(0)).get("membership.toFollow"));
        for (String[] output : outputs(s, ReportFixture.findings(), languages)) {
            String text = squeeze(output[1].replace("&amp;", "&").replace("&#39;", "'").replace("\\", ""));
            for (String secret : secrets) {
                assertTrue(!text.contains(squeeze(secret)), output[0] + " leaks: " + secret);
            }
            for (String shown : open) {
                assertTrue(text.contains(squeeze(shown)), output[0] + " lacks: " + shown);
            }
        }
    }
}
