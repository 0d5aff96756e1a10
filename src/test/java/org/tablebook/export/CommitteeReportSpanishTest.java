package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tablebook.domain.Language;

/** The committee report in Spanish: its own words, the record's values and the rules' titles. */
class CommitteeReportSpanishTest {
    private final String source = CommitteeReportRenderer.html(ReportFixture.snapshot(), ReportFixture.findings(),
            ReportFixture.CLOCK, PageSize.LETTER, Language.SPANISH);
    private final Xhtml page = Xhtml.parse(source);

    @Test
    void confidentialComesFirstInSpanish() {
        assertTrue(page.text("//p[@class='confidential-banner']").startsWith("CONFIDENCIAL · SOLO PARA EL COMITÉ"));
        assertTrue(page.text("//title").startsWith("CONFIDENCIAL"));
        assertTrue(source.contains("content: \"CONFIDENCIAL · Solo para el comité"), "the PDF's running header");
        assertTrue(source.contains("lang=\"es\""));
    }

    @Test
    void theHeadingsAndFactsAreSpanish() {
        assertEquals(List.of("Hallazgos de las reglas", "Demandas", "Sesiones de negociación", "Reuniones aparte",
                "Acuerdos tentativos", "Solicitudes de información", "Cumplimiento", "Personas"),
                page.texts("//section/h2").stream().filter(h -> !h.equals("Costos") && !h.equals("Ratificación")
                        && !h.equals("Hallazgos reconocidos")).toList());
        String sidebar = page.text("//div[contains(@class,'sidebar')]");
        for (String expected : List.of("Quién eligió a nuestros representantes Todo nuestro equipo",
                "Duración 1 h 10 min", "Sin tomar notas Aceptada", "Todo el equipo presente Sí")) {
            assertTrue(sidebar.contains(expected), "expected \"" + expected + "\" in: " + sidebar);
        }
        String findings = page.text("//section[@id='findings']");
        for (var f : ReportFixture.findings()) {
            String title = org.tablebook.rules.RuleTexts.of(Language.SPANISH.locale()).title(f.ruleId());
            assertTrue(findings.contains(title) && !title.equals(org.tablebook.rules.RuleTexts.english().title(f.ruleId())),
                    "the Spanish title of " + f.ruleId() + " in: " + findings);
        }
    }

    /** Words of the English report that must not be left in the Spanish one. */
    @Test
    void noEnglishWordsOfTheReportRemain() {
        String text = page.text("//body");
        List<String> left = new ArrayList<>();
        for (String english : List.of("Not recorded", "Not yet", "Our people", "Their people", "Requested by",
                "Whole team", "Report-back", "Agreed text", "Initialed", "Proposed by", "Session of", "Report of",
                "Ground rules", "Confidential notes", "Topics discussed", "Severity", "What is wrong", "Counterproposal",
                "Initial proposal", "Chief negotiator", "Committee member", "Can agree", "Bargaining unit", " days",
                "Warning ", "Accept ", "On the table", "Tentative ")) {
            if (Pattern.compile(Pattern.quote(english)).matcher(text).find()) {
                left.add(english);
            }
        }
        assertTrue(left.isEmpty(), "English left in the Spanish report: " + left);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyValueTheReportWritesHasItsWordsInBothLanguages(Language language) {
        Words w = Words.of(language);
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(org.tablebook.domain.NegotiationKind.class,
                org.tablebook.domain.DemandPriority.class, org.tablebook.domain.DemandCategory.class,
                org.tablebook.domain.DemandSubject.class, org.tablebook.domain.DemandOrigin.class,
                org.tablebook.domain.ProposalKind.class, org.tablebook.domain.SidebarState.class,
                org.tablebook.domain.GroundRuleStatus.class, org.tablebook.domain.CommitteeDecision.class,
                org.tablebook.domain.ComplianceStatus.class, org.tablebook.domain.PersonRole.class,
                org.tablebook.domain.Severity.class, org.tablebook.domain.EntityKind.class,
                org.tablebook.domain.RepsChosenBy.class, org.tablebook.domain.VoteResult.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                String label = w.label(value);
                assertTrue(!label.isBlank() && !label.startsWith("enum."), type.getSimpleName() + "." + value + ": " + label);
            }
        }
    }
}
