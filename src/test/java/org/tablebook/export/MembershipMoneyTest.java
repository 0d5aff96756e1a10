package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.costing.Money;
import org.tablebook.domain.Language;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.sample.SampleNegotiation;

/**
 * The membership summary's money: nothing without the committee's tick; with it, the settled
 * total over the term and the average per person per year, and no other figure, in every format
 * and language. (No confidential figure leaks: {@link MembershipLeakTest}.)
 */
class MembershipMoneyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T14:30:00Z"),
            ZoneId.of("America/Chicago"));
    private static final Pattern MONEY = Pattern.compile("\\$[0-9][0-9,]*\\.[0-9]{2}");
    private final Exporter exporter = new Exporter(CLOCK);
    private final NegotiationSnapshot sample = SampleNegotiation.build(CLOCK);

    static List<List<Language>> languageChoices() {
        return List.of(List.of(Language.ENGLISH), List.of(Language.SPANISH), List.of(Language.ENGLISH, Language.SPANISH));
    }

    /** HTML, Markdown, the PDF's text and the preview, as text. */
    private List<String[]> outputs(NegotiationSnapshot s, List<Language> languages, boolean withMoney) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.PDF)) {
            ExportRequest request = ExportRequest.members(s, format).inLanguages(languages).withMoney(withMoney);
            byte[] bytes = exporter.render(request, ProgressListener.NONE);
            out.add(new String[] {format.name(), format == ExportFormat.PDF ? MembershipLeakTest.pdfText(bytes)
                    : new String(bytes, StandardCharsets.UTF_8)});
        }
        out.add(new String[] {"preview", exporter.previewHtml(ExportRequest.members(s, ExportFormat.PDF)
                .inLanguages(languages).withMoney(withMoney))});
        return out;
    }

    /** Every amount of money written, "$1,234.56" as the summary writes it. */
    private static List<String> amounts(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = MONEY.matcher(text.replaceAll("\\s+", ""));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> moneyWords(List<Language> languages) {
        List<String> words = new ArrayList<>();
        for (Language l : languages) {
            Words w = Words.of(l);
            for (String key : List.of("membership.money.heading", "membership.money.settled", "membership.money.average")) {
                words.add(w.get(key));
            }
        }
        return words;
    }

    /** The amounts members' own texts hold (a public summary may well say "$2.00 an hour"), once per language. */
    private static List<String> typedAmounts(NegotiationSnapshot s, List<Language> languages) {
        MembershipSummary summary = MembershipSummary.of(s, CLOCK, false);
        StringBuilder typed = new StringBuilder();
        for (var d : summary.ourDemands()) {
            typed.append(d.title()).append(' ').append(d.publicSummary()).append(' ');
        }
        for (var d : summary.theirProposals()) {
            typed.append(d.title()).append(' ').append(d.publicSummary()).append(' ');
        }
        for (var a : summary.agreements()) {
            typed.append(a.demandTitle()).append(' ').append(a.publicText()).append(' ');
        }
        List<String> once = amounts(typed.toString());
        List<String> out = new ArrayList<>();
        languages.forEach(l -> out.addAll(once));
        return out;
    }

    private static List<String> sorted(List<String> amounts) {
        return amounts.stream().sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("languageChoices")
    void withoutTheTickNoMoneyWordOrFigureAppears(List<Language> languages) throws Exception {
        MembershipSummary summary = MembershipSummary.of(sample, CLOCK, false);
        assertTrue(summary.money().isEmpty());
        for (String[] output : outputs(sample, languages, false)) {
            assertEquals(sorted(typedAmounts(sample, languages)), sorted(amounts(output[1])),
                    output[0] + " writes no amount of money beyond what members' own texts say");
            for (String word : moneyWords(languages)) {
                assertFalse(output[1].contains(word), output[0] + " says " + word);
            }
            assertFalse(output[1].contains("settled-cost"), output[0]);
        }
    }

    @ParameterizedTest
    @MethodSource("languageChoices")
    void withTheTickOnlyTheSettledTotalAndTheAveragePerPersonAppear(List<Language> languages) throws Exception {
        MembershipSummary.SettledMoney money = MembershipSummary.of(sample, CLOCK, true).money().orElseThrow();
        // The uniform allowance TA: $200 a year to 1,850 people, with the 12.65% roll-up, over three years.
        assertEquals(new BigDecimal("1250415.00"), Money.cents(money.settledTotal()));
        String total = Money.format(money.settledTotal(), "USD");
        String average = Money.format(money.averagePerPersonPerYear(), "USD");
        assertEquals("$225.30", average, "1,250,415 / 1,850 people / 3 years");
        for (String[] output : outputs(sample, languages, true)) {
            List<String> expected = new ArrayList<>(typedAmounts(sample, languages));
            for (int i = 0; i < languages.size(); i++) {
                expected.add(total);
                expected.add(average);
            }
            assertEquals(sorted(expected), sorted(amounts(output[1])),
                    output[0] + ": the two figures, once per language, and no other");
            // A PDF's text breaks a long label over lines: compared without whitespace.
            String text = output[1].replace("&#39;", "'").replaceAll("\\s+", "");
            for (String word : moneyWords(languages)) {
                assertTrue(text.contains(word.replaceAll("\\s+", "")), output[0] + " lacks " + word);
            }
        }
    }

    /** An agreement members do not read about (a sidebar's, before the team approved it) is not counted either. */
    @ParameterizedTest
    @MethodSource("languageChoices")
    void anAgreementMembersDoNotReadAboutIsNotCounted(List<Language> languages) throws Exception {
        List<TentativeAgreement> hidden = sample.agreements().stream().map(a -> new TentativeAgreement(a.id(),
                a.demandId(), a.text(), a.publicText(), TaSource.SIDEBAR, firstSidebar(), a.reachedOn(),
                a.initialedByUsOn(), a.initialedByThemOn(), null, a.confirmedSessionId(), TaStatus.TENTATIVE, a.createdAt(),
                a.updatedAt())).toList();
        NegotiationSnapshot s = new NegotiationSnapshot(sample.negotiation(), sample.people(), sample.demands(),
                sample.proposals(), sample.sessions(), sample.sidebars(), sample.topics(), sample.reportBacks(), hidden,
                sample.ratifications(), sample.informationRequests(), sample.complianceItems(),
                sample.acknowledgements(), sample.costingBaselines(), sample.classifications(), sample.costItems(),
                sample.starts(), sample.contractSections(), sample.sectionLanguage());
        MembershipSummary.SettledMoney money = MembershipSummary.of(s, CLOCK, true).money().orElseThrow();
        assertEquals(0, money.settledTotal().signum(), "nothing settled that members read about");
        for (String[] output : outputs(s, languages, true)) {
            assertFalse(output[1].replaceAll("\\s+", "").contains("1,250,415"), output[0]);
        }
    }

    private String firstSidebar() {
        return sample.sidebars().get(0).id();
    }
}
