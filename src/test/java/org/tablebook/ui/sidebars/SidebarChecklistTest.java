package org.tablebook.ui.sidebars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tablebook.testing.SnapshotBuilder.hours;
import static org.tablebook.testing.SnapshotBuilder.minutes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Person;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.Sidebar;
import org.tablebook.ui.sidebars.SidebarChecklist.Facts;
import org.tablebook.testing.SnapshotBuilder;

class SidebarChecklistTest {
    private static final Facts ALL_MET = new Facts(hours(0), hours(1), RepsChosenBy.OUR_TEAM, 2, true,
            GroundRuleStatus.AGREED, GroundRuleStatus.REFUSED, GroundRuleStatus.AGREED);

    @Test
    void nothingIsMissingWhenEveryConditionIsMet() {
        assertEquals(List.of(), SidebarChecklist.unmet(ALL_MET, null));
        assertEquals(List.of(), SidebarChecklist.unmet(ALL_MET, hours(1)), "authorized at the very start counts");
    }

    @Test
    void eachMissingFactNamesItsConditionInTheTextsOrder() {
        Facts none = new Facts(null, null, null, 0, false, null, GroundRuleStatus.UNDECIDED, GroundRuleStatus.UNDECIDED);
        assertEquals(List.of(SidebarCondition.values()), SidebarChecklist.unmet(none, null));
        Facts chief = new Facts(hours(0), hours(1), RepsChosenBy.CHIEF_ALONE, 1, true, GroundRuleStatus.AGREED,
                GroundRuleStatus.AGREED, GroundRuleStatus.AGREED);
        assertEquals(List.of(SidebarCondition.REPS_CHOSEN_BY_TEAM, SidebarCondition.TWO_OF_OURS),
                SidebarChecklist.unmet(chief, null));
    }

    @Test
    void atTheStartATeamToldOrAuthorizedLaterDoesNotCount() {
        assertEquals(List.of(SidebarCondition.TEAM_AUTHORIZED), SidebarChecklist.unmet(ALL_MET, minutes(30)));
        assertEquals(List.of(SidebarCondition.TEAM_INFORMED, SidebarCondition.TEAM_AUTHORIZED),
                SidebarChecklist.unmet(ALL_MET, minutes(-5)));
    }

    @Test
    void whatWasMissingAtTheStartIsReadFromTheRecord() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        Person pat = b.theirs("Pat");
        Sidebar s = b.sidebar("wages").attendees(ana, pat).ran(hours(1), hours(2)).add();
        var snapshot = b.build();
        assertEquals(List.of(SidebarCondition.TWO_OF_OURS), SidebarChecklist.missingAtStart(s, snapshot));
        assertEquals(List.of(), SidebarChecklist.missingAtStart(Sidebar.propose("x", s.requestedBy(), hours(0)), snapshot));
    }

    @Test
    void aCommunityNegotiationReadsItsOwnWords() {
        assertEquals("At least two people from our side take part so the other side cannot inaccurately describe what "
                + "our representatives said.", SidebarCondition.TWO_OF_OURS.text(NegotiationKind.COMMUNITY_AGREEMENT));
        assertEquals("The negotiating team as a whole has authorized participation.",
                SidebarCondition.TEAM_AUTHORIZED.text(NegotiationKind.COMMUNITY_AGREEMENT));
    }
}
