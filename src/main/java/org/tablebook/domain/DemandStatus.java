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
        // Each status says its own way back; a demand on the table names only the move refused.
        throw Check.refusal("status", "status.demandMove." + name(), "label.DemandStatus." + name(),
                "label.DemandStatus." + target.name(), "label.DemandStatus." + ON_TABLE.name());
    }
}
