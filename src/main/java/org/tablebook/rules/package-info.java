/**
 * The rules panel's engine: every rule of the catalogue as one small class over a
 * {@link org.tablebook.domain.NegotiationSnapshot}, pure and total, with time only from the
 * injected {@link java.time.Clock}.
 *
 * <p>Conventions all rules share:
 * <ul>
 *   <li>Each rule says in its Javadoc, and in the bundle's {@code rule.ID.time}, which time it
 *       reads. Rules about hours compare instants and durations ("ran past 90 minutes", "72 hours
 *       after the report-back"), across midnight and clock changes alike. Rules about days
 *       compare calendar dates in the negotiation's zone, its own when set, else the clock's
 *       ("within 30 days of expiry"). When something happened at the table (a pass's {@code
 *       passedOn}, a TA's {@code reachedOn}, a session's date and times) is never confused with
 *       when it was typed in ({@code createdAt}).</li>
 *   <li>A duration reached exactly is still inside it: a sidebar of exactly 90 minutes is fine,
 *       one a second longer is not. A day count fires from 00:00 of its first day.</li>
 *   <li>Findings carry bundle keys and values ({@link org.tablebook.rules.Text}); their words, in
 *       English or Spanish, and their fingerprint are written only when a finding is shown,
 *       exported or acknowledged.</li>
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
