package org.tablebook.rules;

import java.util.Objects;
import java.util.Optional;
import org.tablebook.domain.RuleAcknowledgement;

/**
 * A finding with the acknowledgement that still holds for it, if any: one whose rule, subject
 * and facts fingerprint all match. An acknowledgement of changed facts has lapsed and is not
 * attached.
 */
public record EvaluatedFinding(Finding finding, Optional<RuleAcknowledgement> acknowledgement) {
    public EvaluatedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
    }

    public boolean acknowledged() {
        return acknowledgement.isPresent();
    }
}
