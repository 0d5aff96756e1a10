/**
 * The rules panel's engine: every rule of the catalogue as one small class over a
 * {@link org.tablebook.domain.NegotiationSnapshot}, pure and total, with time only from the
 * injected {@link java.time.Clock}.
 *
 * <p>Conventions all rules share:
 * <ul>
 *   <li>Day counts compare calendar dates in the clock's zone ("within 30 days of expiry");
 *       durations compare instants ("ran past 90 minutes"). Dates and times in messages are
 *       written in the clock's zone.</li>
 *   <li>A threshold reached exactly is still inside it: a sidebar of exactly 90 minutes is fine,
 *       one a second longer is not.</li>
 *   <li>A finding's fingerprint hashes the rule, the severity and the record facts behind it,
 *       never the clock, so an acknowledgement survives time passing but lapses when the facts
 *       or the severity change.</li>
 *   <li>A rule that cannot apply (a community negotiation for a union-only rule, a sidebar not
 *       started, a deadline not recorded) returns no findings.</li>
 * </ul>
 *
 * <p>{@link org.tablebook.rules.RulesEngine#standard()} runs the whole catalogue.
 */
package org.tablebook.rules;
