package org.tablebook.domain;

/**
 * The sector the employer belongs to, set by hand: it decides which statutory notices apply and
 * presets their day counts. Under the NLRA a health-care institution needs 90 days' notice to the
 * other party, 60 to the mediation service, and 10 days' notice before a strike or picketing
 * (section 8(g)); other private employers 60 and 30. Public-sector law varies by state, so public
 * keeps the private defaults for the team to adjust.
 */
public enum Sector {
    PRIVATE(60, 30),
    HEALTH_CARE(90, 60),
    PUBLIC(60, 30);

    private final int otherPartyNoticeDays;
    private final int mediationNoticeDays;

    Sector(int otherPartyNoticeDays, int mediationNoticeDays) {
        this.otherPartyNoticeDays = otherPartyNoticeDays;
        this.mediationNoticeDays = mediationNoticeDays;
    }

    /** Whether a strike or picketing needs the 10 days' notice of NLRA section 8(g). */
    public boolean needsStrikeNotice() {
        return this == HEALTH_CARE;
    }

    /** The settings with this sector's notice periods. */
    public RuleSettings presets(RuleSettings settings) {
        return settings.withNoticeDays(otherPartyNoticeDays, mediationNoticeDays);
    }
}
