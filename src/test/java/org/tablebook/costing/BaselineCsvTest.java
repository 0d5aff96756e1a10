package org.tablebook.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Classification;
import org.tablebook.domain.PayBasis;

/** The baseline's CSV: what it takes, and every kind of bad line refused by number with nothing taken. */
class BaselineCsvTest {
    private static final Instant NOW = Instant.parse("2026-05-12T14:30:00Z");
    private static final String HEADER = "name,headcount,pay_basis,rate,standard_hours,overtime_hours,"
            + "employer_health_percent\n";

    private static List<Classification> read(String csv) throws Exception {
        AtomicInteger n = new AtomicInteger();
        return BaselineCsv.read(new StringReader(csv), () -> "id-" + n.incrementAndGet(), NOW);
    }

    private static List<String> refusal(String csv) {
        BaselineCsv.RefusedException e = assertThrows(BaselineCsv.RefusedException.class, () -> read(csv));
        return e.problems().stream().map(BaselineCsv.Problem::toString).toList();
    }

    @Test
    void aGoodFileGivesItsClassificationsInOrderWithExactAmounts() throws Exception {
        List<Classification> got = read("Name, Headcount, Pay basis, Rate, Standard hours, Overtime hours, "
                + "Employer health percent\n"
                + "CNA,620,hourly,19.85,2080,110,80\n"
                + "\n"
                + "\"Clerk, unit\",240,HOURLY,\"$1,018.40\",2080,,\n"
                + "Manager,3,annual,\"64,000.00\",2080,0,100%\n");
        assertEquals(3, got.size());
        Classification cna = got.get(0);
        assertEquals("CNA", cna.name());
        assertEquals(620, cna.headcount());
        assertEquals(PayBasis.HOURLY, cna.payBasis());
        assertEquals(new BigDecimal("19.85"), cna.rate());
        assertEquals(new BigDecimal("1.5"), cna.overtimeMultiplier(), "left out: time and a half");
        assertEquals("Clerk, unit", got.get(1).name());
        assertEquals(new BigDecimal("1018.40"), got.get(1).rate());
        assertEquals(BigDecimal.ZERO, got.get(1).overtimeHours(), "empty: none");
        assertEquals(new BigDecimal("64000.00"), got.get(2).rate());
        assertEquals(new BigDecimal("100"), got.get(2).employerHealthPercent());
        assertEquals(List.of("id-1", "id-2", "id-3"), got.stream().map(Classification::id).toList());
    }

    @Test
    void everyBadLineIsNamedAndNothingIsTaken() {
        List<String> problems = refusal(HEADER
                + "CNA,620,HOURLY,19.85,2080,110,80\n"      // line 2: good
                + "Clerk,240,HOURLY,18.40,2080\n"            // line 3: too few fields
                + ",10,HOURLY,18.40,2080,0,80\n"             // line 4: no name
                + "Cook,ten,HOURLY,18.40,2080,0,80\n"        // line 5: headcount not whole
                + "Porter,-2,HOURLY,18.40,2080,0,80\n"       // line 6: negative headcount
                + "Aide,5,WEEKLY,18.40,2080,0,80\n"          // line 7: unknown pay basis
                + "Tech,5,HOURLY,abc,2080,0,80\n"            // line 8: rate not a number
                + "Lab,5,HOURLY,30.00,2080,0,120\n"          // line 9: a record rule (share over 100%)
                + "CNA,5,HOURLY,20.00,2080,0,80\n"           // line 10: a name twice
                + "Guard,5,HOURLY,20.00,0,0,80\n");          // line 11: no standard hours
        assertEquals(List.of(
                "Line 3: the line has 5 fields where the header names 7.",
                "Line 4: the name is empty.",
                "Line 5: the headcount \"ten\" is not a whole number.",
                "Line 6: the headcount cannot be negative (-2).",
                "Line 7: the pay_basis \"WEEKLY\" is neither HOURLY nor ANNUAL.",
                "Line 8: the rate \"abc\" is not a number.",
                "Line 9: The employer's health share is at most 100%.",
                "Line 10: \"CNA\" is already on line 2; each classification once.",
                "Line 11: The standard hours a year must be more than zero."), problems);
    }

    @Test
    void aBadHeaderIsRefusedOnLineOne() {
        assertEquals(List.of("Line 1: \"wage\" is not a column Tablebook knows; the column rate is missing. The first "
                + "line names the columns: name, headcount, pay_basis, rate, standard_hours, and optionally "
                + "overtime_hours, overtime_multiplier, premium_hours, premium_per_hour, health_premium, "
                + "employer_health_percent, pension_percent."),
                refusal("name,headcount,pay_basis,wage,standard_hours\nCNA,1,HOURLY,1,2080\n"));
        assertEquals("Line 1: the column \"name\" is named twice; the column rate is missing. The first",
                refusal("name,name,headcount,pay_basis,standard_hours\n").get(0).substring(0, 79));
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsRefused() {
        assertEquals(List.of("Line 1: the file is empty; the first line names the columns: name, headcount, "
                + "pay_basis, rate, standard_hours."), refusal(""));
        assertEquals(List.of("Line 2: the file names the columns but holds no classification."), refusal(HEADER));
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() {
        List<String> problems = refusal(HEADER + "CNA,620,HOURLY,19.85,2080,110,80\n\"Clerk,240,HOURLY,18.40,2080,0,80\n");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith("Line 3: the line cannot be read as CSV"), problems.get(0));
    }
}
