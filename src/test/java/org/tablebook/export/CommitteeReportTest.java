package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/** The committee report holds everything, and says CONFIDENTIAL before anything else. */
class CommitteeReportTest {
    private final String source = CommitteeReportRenderer.html(ReportFixture.snapshot(), ReportFixture.findings(),
            ReportFixture.CLOCK, PageSize.LETTER);
    private final Xhtml page = Xhtml.parse(source);

    @Test
    void confidentialComesFirstAndInEveryPagesHeader() {
        Node firstShown = page.first("//body/*[not(contains(@class,'running-footer'))][1]");
        assertTrue(Xhtml.normalize(firstShown.getTextContent()).startsWith("CONFIDENTIAL · BARGAINING COMMITTEE ONLY"));
        assertTrue(page.text("//title").startsWith("CONFIDENTIAL"));
        assertTrue(page.text("//div[@class='running-footer']").startsWith("CONFIDENTIAL"));
        assertTrue(source.contains("@top-center {\n    content: \"CONFIDENTIAL"), "the PDF's running header");
    }

    @Test
    void sidebarDetailsAreAllThere() {
        String sidebar = page.text("//div[contains(@class,'sidebar')]");
        for (String expected : List.of("Explore a ratios-for-parking trade", "Reported",
                "Requested by Riverside General Hospital", "Our reps chosen by Our whole team",
                "Our people Zoë Ærøskøbing, Marcus Bell", "Their people Dana Whitfield", "Length 1 h 10 min",
                "Location Small conference room B", "Ratios are our priority; we can phase them in",
                "Nothing about the strike fund or our wage floor", "No notes taken Agreed",
                "Not used in unfair labor practice charges or arbitration Undecided", ReportFixture.SIDEBAR_NOTES,
                ReportFixture.OUR_POSITION, "1:5 now, 1:4 in 2028", "1:4 from January 2027 if we drop parking",
                "Accept Mar 6, 2026, 17:00 CST", "Accepted 9-1; parking goes", "Not decided",
                "Reported Mar 5, 2026, 16:00 CST by Zoë Ærøskøbing", "Whole team present Yes",
                "Ratios deal on offer; wages stuck")) {
            assertTrue(sidebar.contains(expected), "expected \"" + expected + "\" in: " + sidebar);
        }
    }

    @Test
    void findingsComeMostSevereFirstWithTheirFix() {
        assertEquals(List.of(
                "Error Information request: overtime hours Information request overdue The answer was due on 17 February "
                        + "and has not come. Record the answer",
                "Warning Sidebar: Explore a ratios-for-parking trade Sidebar ground rules undecided The sidebar started with "
                        + "the ground rule on ULP and arbitration use still undecided. Record the ground rules",
                "Warning TA on U-2 Safe staffing ratios TA not initialed by both sides The hospital has not initialed this agreement. "
                        + "Record their initials"),
                page.texts("//section[@id='findings']//tbody/tr"));
        assertEquals("1 error, 2 warnings.", page.text("//section[@id='findings']/p"));
    }

    @Test
    void confidentialDemandsAreIncludedAndFlagged() {
        List<String> rows = page.texts("//section[@id='demands']/table//tbody/tr");
        assertEquals(6, rows.size());
        assertTrue(rows.get(3).startsWith("U-4 Strike readiness fund CONFIDENTIAL Ours High Not yet tabled"), rows.get(3));
        assertTrue(page.text("//section[@id='demands']").contains(ReportFixture.INTERNAL_WAGES));
        assertTrue(page.text("//section[@id='demands']").contains("Article 9: wages rise 6% on each anniversary"),
                "proposal texts are shown");
    }

    @Test
    void agreementsShowStatusInitialsAndBothTexts() {
        String agreements = page.text("//section[@id='agreements']");
        assertTrue(agreements.contains("U-2 Safe staffing ratios Confirmed at the table Initialed by us only"), agreements);
        assertTrue(agreements.contains("E-1 Health insurance premiums Tentative Initialed by both sides"), agreements);
        assertTrue(agreements.contains(ReportFixture.TA_PRIVATE_TEXT));
        assertTrue(agreements.contains("Approved by the whole team Mar 6, 2026, 17:00 CST"));
        assertTrue(agreements.contains("Public text for members None written yet"));
    }

    @Test
    void ratificationRequestsComplianceAndPeopleAreReported() {
        assertTrue(page.text("//section[@id='ratification']").contains("Agreements in it U-2 Safe staffing ratios"));
        assertEquals(List.of("Ours Feb 3, 2026 Overtime hours by unit, 2024-2025 Feb 17, 2026 Overdue Asked twice at the table"),
                page.texts("//section[@id='information-requests']//tbody/tr"));
        assertTrue(page.text("//section[@id='compliance']").contains("Publish monthly staffing reports per unit"));
        assertTrue(page.text("//section[@id='compliance']").contains("TA on U-2 Safe staffing ratios, Article 14.2"));
        assertEquals(5, page.count("//section[@id='team']//tbody/tr"));
        assertTrue(page.text("//section[@id='acknowledgements']").contains("Came from the 2024 survey; record pending"));
    }
}
