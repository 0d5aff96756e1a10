/**
 * Costing: what each economic proposal costs the employer above the unit's baseline, year by year
 * over the contract term, and each side's whole package. Pure functions of a snapshot; no JavaFX,
 * no SQL. Money is {@link java.math.BigDecimal} in the negotiation's currency, never floating point.
 */
package org.tablebook.costing;
