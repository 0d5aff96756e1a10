package org.tablebook.rules;

import java.util.Objects;
import java.util.Optional;
import org.tablebook.domain.RuleAcknowledgement;

/**
 * A finding with the acknowledgement that still holds for it, if any: one whose rule, subject
 * and facts fingerprint all match. An acknowledgement of changed facts has lapsed and is not
 * attached as one; the latest such is kept as {@code lapsed}, so that the panel and {@code check}
 * can say "acknowledged on ... for different facts" instead of letting it lapse silently.
 */
public record EvaluatedFinding(Finding finding, Optional<RuleAcknowledgement> acknowledgement,
        Optional<RuleAcknowledgement> lapsed) {
    public EvaluatedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        Objects.requireNonNull(lapsed, "lapsed");
        if (acknowledgement.isPresent()) {
            lapsed = Optional.empty();
        }
    }

    public EvaluatedFinding(Finding finding, Optional<RuleAcknowledgement> acknowledgement) {
        this(finding, acknowledgement, Optional.empty());
    }

    public boolean acknowledged() {
        return acknowledgement.isPresent();
    }

    /** Whether the team acknowledged this finding once, for facts that have since changed. */
    public boolean lapsedAcknowledgement() {
        return lapsed.isPresent();
    }
}
