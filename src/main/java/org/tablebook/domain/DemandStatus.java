package org.tablebook.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a demand stands. Moves between statuses follow {@link #allowedNext()}. */
public enum DemandStatus {
    DRAFT, ON_TABLE, TENTATIVELY_AGREED, WITHDRAWN, REJECTED;

    /** The statuses a demand in this status may move to directly. */
    public Set<DemandStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ON_TABLE, WITHDRAWN);
            case ON_TABLE -> EnumSet.of(TENTATIVELY_AGREED, WITHDRAWN, REJECTED);
            // A reopened agreement goes back on the table; it cannot be withdrawn in one step.
            case TENTATIVELY_AGREED -> EnumSet.of(ON_TABLE);
            case WITHDRAWN, REJECTED -> EnumSet.of(ON_TABLE);
        };
    }

    public boolean isOpen() {
        return this == DRAFT || this == ON_TABLE;
    }

    /** Refuses a move the lifecycle does not allow, saying what to do instead. */
    public DemandStatus moveTo(DemandStatus target) {
        if (target == this || allowedNext().contains(target)) {
            return target;
        }
        String how = switch (this) {
            case WITHDRAWN -> " Put it back ON_TABLE first: a withdrawn demand has to be tabled again before anything can be agreed on it.";
            case REJECTED -> " Put it back ON_TABLE first if it is being bargained again.";
            case DRAFT -> " Put it ON_TABLE first: it has not crossed the table yet.";
            case TENTATIVELY_AGREED -> " Put it back ON_TABLE first: reopening an agreed demand needs both sides.";
            case ON_TABLE -> "";
        };
        throw new ValidationException("status", "A " + this + " demand cannot become " + target + "." + how);
    }
}
