package org.tablebook.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedlineTest {
    @Test
    void anInsertedWordIsMarkedInserted() {
        assertEquals("Overtime is paid at __double__ time.",
                Redline.of("Overtime is paid at time.", "Overtime is paid at double time.").marked());
    }

    @Test
    void aDeletedWordIsMarkedStruck() {
        assertEquals("Overtime is ~~not~~ offered by seniority.",
                Redline.of("Overtime is not offered by seniority.", "Overtime is offered by seniority.").marked());
    }

    @Test
    void aReplacedPhraseShowsTheStruckWordsFirst() {
        assertEquals("Overtime is paid at ~~time and a half.~~ __double time.__",
                Redline.of("Overtime is paid at time and a half.", "Overtime is paid at double time.").marked());
    }

    @Test
    void aMovedSentenceIsStruckWhereItWasAndInsertedWhereItIs() {
        String before = "Shifts are eight hours. Breaks are paid. Schedules are posted weekly.";
        String after = "Breaks are paid. Schedules are posted weekly. Shifts are eight hours.";
        assertEquals("~~Shifts are eight hours.~~ Breaks are paid. Schedules are posted weekly. "
                + "__Shifts are eight hours.__", Redline.of(before, after).marked());
    }

    @Test
    void spacingAndLineBreaksAloneAreNoChange() {
        Redline r = Redline.of("Overtime is paid\nat time and a half.", "Overtime  is paid at time and\ta half. ");
        assertTrue(r.unchanged(), r.marked());
        assertEquals("Overtime is paid at time and a half.", r.marked());
    }

    @Test
    void paragraphBreaksOfTheNewTextAreKept() {
        assertEquals("First. ~~Second.~~\n\n__Second and third.__",
                Redline.of("First. Second.", "First.\n\nSecond and third.").marked());
    }

    @Test
    void aNewSectionIsAllInsertedAndARemovedOneAllStruck() {
        assertEquals("__Remote work is allowed.__", Redline.of(null, "Remote work is allowed.").marked());
        assertEquals("~~Remote work is allowed.~~", Redline.of("Remote work is allowed.", "").marked());
    }
}
