package org.tablebook.domain;

import java.time.Instant;
import java.util.List;

/**
 * An off-the-record meeting that does not involve the complete teams (reference 000). The fields
 * follow the order in which the texts ask the questions: who suggested it, was the whole team told,
 * did it authorize the sidebar and choose its own reps, were the reps instructed, are the ground
 * rules agreed; then when it ran, and what was noted.
 *
 * @param teamAuthorizedAt null while the whole team has not authorized it
 * @param attendeeIds the people of both sides who take part
 * @param agendaDemandIds the demands it is meant to discuss
 * @param timeAnnouncedAt when the whole team was told when the sidebar would happen (reference
 *     001: everyone knows when it will happen), or null
 */
public record Sidebar(
        String id,
        String purpose,
        Side requestedBy,
        Instant suggestedAt,
        Instant teamInformedAt,
        Instant teamAuthorizedAt,
        RepsChosenBy repsChosenBy,
        String instructionsSay,
        String instructionsDoNotSay,
        GroundRuleStatus noNotesRule,
        GroundRuleStatus notRepeatedRule,
        GroundRuleStatus notUsedInLitigationRule,
        Instant scheduledAt,
        Instant startedAt,
        Instant endedAt,
        String location,
        List<String> attendeeIds,
        List<String> agendaDemandIds,
        String confidentialNotes,
        Instant timeAnnouncedAt,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    /** A sidebar whose time was not (yet) announced to the team. */
    public Sidebar(String id, String purpose, Side requestedBy, Instant suggestedAt, Instant teamInformedAt,
            Instant teamAuthorizedAt, RepsChosenBy repsChosenBy, String instructionsSay, String instructionsDoNotSay,
            GroundRuleStatus noNotesRule, GroundRuleStatus notRepeatedRule, GroundRuleStatus notUsedInLitigationRule,
            Instant scheduledAt, Instant startedAt, Instant endedAt, String location, List<String> attendeeIds,
            List<String> agendaDemandIds, String confidentialNotes, Instant createdAt, Instant updatedAt) {
        this(id, purpose, requestedBy, suggestedAt, teamInformedAt, teamAuthorizedAt, repsChosenBy, instructionsSay,
                instructionsDoNotSay, noNotesRule, notRepeatedRule, notUsedInLitigationRule, scheduledAt, startedAt,
                endedAt, location, attendeeIds, agendaDemandIds, confidentialNotes, null, createdAt, updatedAt);
    }

    public Sidebar {
        Check.id("id", id);
        purpose = Check.required("purpose", "label.theSidebarsPurpose", purpose);
        Check.present("requestedBy", "label.whoAskedForTheSidebar", requestedBy);
        instructionsSay = Check.text("instructionsSay", "label.whatToSay", instructionsSay);
        instructionsDoNotSay = Check.text("instructionsDoNotSay", "label.whatNotToSay", instructionsDoNotSay);
        noNotesRule = noNotesRule == null ? GroundRuleStatus.UNDECIDED : noNotesRule;
        notRepeatedRule = notRepeatedRule == null ? GroundRuleStatus.UNDECIDED : notRepeatedRule;
        notUsedInLitigationRule = notUsedInLitigationRule == null ? GroundRuleStatus.UNDECIDED : notUsedInLitigationRule;
        if (endedAt != null && startedAt == null) {
            throw Check.refusal("endedAt", "record.sidebarEndBeforeStart");
        }
        Check.notBefore("endedAt", "label.theEnd", endedAt, "label.theStart", startedAt);
        location = Check.text("location", "label.theLocation", location);
        attendeeIds = Check.ids("attendeeIds", "label.theAttendees", attendeeIds);
        agendaDemandIds = Check.ids("agendaDemandIds", "label.theAgenda", agendaDemandIds);
        confidentialNotes = Check.text("confidentialNotes", "label.theConfidentialNotes", confidentialNotes);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    /** A sidebar as first suggested: nothing authorized, every ground rule undecided. */
    public static Sidebar propose(String purpose, Side requestedBy, Instant now) {
        return new Sidebar(Ids.newId(), purpose, requestedBy, now, null, null, null, "", "",
                GroundRuleStatus.UNDECIDED, GroundRuleStatus.UNDECIDED, GroundRuleStatus.UNDECIDED,
                null, null, null, "", List.of(), List.of(), "", now, now);
    }

    /** A sidebar suggested on these demands (its agenda), as first suggested. */
    public static Sidebar propose(String purpose, Side requestedBy, List<String> agendaDemandIds, Instant now) {
        return new Sidebar(Ids.newId(), purpose, requestedBy, now, null, null, null, "", "",
                GroundRuleStatus.UNDECIDED, GroundRuleStatus.UNDECIDED, GroundRuleStatus.UNDECIDED,
                null, null, null, "", List.of(), agendaDemandIds, "", now, now);
    }

    public boolean isRunning() {
        return startedAt != null && endedAt == null;
    }

    public boolean hasInstructions() {
        return !instructionsSay.isBlank() && !instructionsDoNotSay.isBlank();
    }

    public List<GroundRuleStatus> groundRules() {
        return List.of(noNotesRule, notRepeatedRule, notUsedInLitigationRule);
    }

    public Sidebar withTimes(Instant startedAt, Instant endedAt, Instant now) {
        return new Sidebar(id, purpose, requestedBy, suggestedAt, teamInformedAt, teamAuthorizedAt, repsChosenBy,
                instructionsSay, instructionsDoNotSay, noNotesRule, notRepeatedRule, notUsedInLitigationRule,
                scheduledAt, startedAt, endedAt, location, attendeeIds, agendaDemandIds, confidentialNotes,
                timeAnnouncedAt, createdAt, now);
    }

    /** The same sidebar with the moment its time was announced to the whole team. */
    public Sidebar withTimeAnnouncedAt(Instant announcedAt, Instant now) {
        return new Sidebar(id, purpose, requestedBy, suggestedAt, teamInformedAt, teamAuthorizedAt, repsChosenBy,
                instructionsSay, instructionsDoNotSay, noNotesRule, notRepeatedRule, notUsedInLitigationRule,
                scheduledAt, startedAt, endedAt, location, attendeeIds, agendaDemandIds, confidentialNotes,
                announcedAt, createdAt, now);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.SIDEBAR;
    }
}
