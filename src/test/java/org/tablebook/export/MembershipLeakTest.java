package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
import org.tablebook.domain.Language;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.rules.Finding;

/**
 * The membership summary never carries anything confidential, in any format: a distinct canary
 * token is planted in every confidential field, and none may appear in the HTML, the Markdown or
 * the text of the PDF, while every public token must.
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
        List<String[]> out = new ArrayList<>();
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.PDF)) {
            // The findings go along in the request: the summary must ignore them.
            ExportRequest request = new ExportRequest(snapshot, Audience.MEMBERS, format, findings, List.of(), null, null,
                    languages);
            byte[] bytes = exporter.render(request, ProgressListener.NONE);
            String text = format == ExportFormat.PDF ? pdfText(bytes) : new String(bytes, StandardCharsets.UTF_8);
            out.add(new String[] {format.name(), text});
        }
        out.add(new String[] {"preview", exporter.previewHtml(ExportRequest.members(snapshot, ExportFormat.PDF)
                .inLanguages(languages))});
        return out;
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
