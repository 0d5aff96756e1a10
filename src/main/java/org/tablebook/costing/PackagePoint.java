package org.tablebook.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Both sides' package totals over the term as they stood after the passes of one day. */
public record PackagePoint(LocalDate on, BigDecimal ours, BigDecimal theirs) {
}
