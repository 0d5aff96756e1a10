package org.tablebook.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.RuleSettings;

/**
 * Runs the rules over a negotiation: every rule that applies to its kind, with the thresholds of
 * its rule settings. Pure: the same snapshot and clock give the same findings in the same order.
 */
public final class RulesEngine {
    /**
     * The engine's order: ERROR, WARNING, INFO; then by rule id and subject; the rest only makes
     * the order total, so that two evaluations list equal findings alike. It reads no words, so
     * sorting writes no text: a screen that shows findings orders them by their label itself.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.subject().kind())
            .thenComparing(f -> f.subject().id())
            .thenComparing(f -> f.field() == null ? "" : f.field())
            .thenComparing(f -> f.messageText().key() == null ? "" : f.messageText().key())
            .thenComparing(f -> f.messageText().args().toString())
            .thenComparing(Finding::factsFingerprint);

    /**
     * The order a reader sees: severity, rule, then the subject's label in their language. The
     * comparator writes each finding's label once and keeps it (not at every comparison: thousands
     * of findings are sorted on the JavaFX thread), so make one for each sort and let it go.
     */
    public static Comparator<Finding> shownOrder(java.util.Locale locale) {
        Map<Finding, String> labels = new java.util.IdentityHashMap<>();
        return Comparator.comparing(Finding::severity)
                .thenComparing(Finding::ruleId)
                .thenComparing(f -> labels.computeIfAbsent(f, g -> g.subjectLabel(locale)))
                .thenComparing(ORDER);
    }

    private final List<Rule> rules;
    private final Map<String, Rule> byId;

    private RulesEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule rule : this.rules) {
            if (map.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("Two rules share the id " + rule.id() + ".");
            }
        }
        this.byId = map;
    }

    /** Every rule of the catalogue, in the catalogue's order. */
    public static RulesEngine standard() {
        return new RulesEngine(List.of(
                new SidebarSoloRule(),
                new SidebarUnauthorizedRule(),
                new SidebarNotInstructedRule(),
                new SidebarGroundRulesUnclearRule(),
                new SidebarTooLongRule(),
                new SidebarSeriesTooLongRule(),
                new ReportBackOverdueRule(),
                new ReportBackIncompleteRule(),
                new CommitteeDecisionPendingRule(),
                new SidebarSecretRule(),
                new RepsChosenByOtherSideRule(),
                new RepsChosenByChiefAloneRule(),
                new ReportBackNotToFullTeamRule(),
                new SidebarNotAnnouncedRule(),
                new AgreedWithoutAuthorityRule(),
                new NotConfirmedOnRecordRule(),
                new NotesDespiteNoNotesRule(),
                new BargainingBackwardsRule(),
                new NoDecisionMakerAtTableRule(),
                new DemandWithoutMemberSourceRule(),
                new TaNotInitialedRule(),
                new ExpiryWithOpenPrioritiesRule(),
                new GrievanceWindowClosingRule(),
                new TaReopenedByProposalRule(),
                new InformationRequestOverdueRule(),
                new ExpiryNoticesRule(),
                new StrikeNoticeRule(),
                new VagueLanguageRule(),
                new FinalLanguageDiffersFromTaRule(),
                new TaTextMissingRule()));
    }

    /**
     * A clock for evaluating "as of" a moment: at that instant, in the negotiation's zone, or in
     * {@code zone} instead when one is given (it then overrides the negotiation's own).
     */
    public static Clock asOf(Instant at, java.util.Optional<ZoneId> zone, ZoneId fallback) {
        Clock fixed = Clock.fixed(at, zone.orElse(fallback));
        return zone.isPresent() ? new ZoneOverrideClock(fixed, zone.get()) : fixed;
    }

    /** The zone the rules count days in for this negotiation, when read with this clock. */
    public static ZoneId zoneOf(NegotiationSnapshot snapshot, Clock clock) {
        return Now.of(clock, snapshot).zone();
    }

    /** An engine over the given rules only (a subset of the catalogue, or a rule under test). */
    public static RulesEngine of(List<? extends Rule> rules) {
        return new RulesEngine(List.copyOf(rules));
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The findings of every applicable rule, with the negotiation's own settings, in {@link #ORDER}. */
    public List<Finding> evaluate(NegotiationSnapshot snapshot, Clock clock) {
        RuleSettings settings = snapshot.negotiation().ruleSettings();
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.appliesTo(snapshot.negotiation())) {
                findings.addAll(rule.check(snapshot, clock, settings));
            }
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    /**
     * The findings, each with the acknowledgement that holds for it: same rule, same subject, same
     * facts fingerprint. When several match, the latest (by when it was given) is attached.
     */
    public List<EvaluatedFinding> evaluateWithAcknowledgements(NegotiationSnapshot snapshot, Clock clock) {
        return withAcknowledgements(evaluate(snapshot, clock), snapshot.acknowledgements());
    }

    /** Findings (already worked out) each with the latest acknowledgement that holds for it. */
    public static List<EvaluatedFinding> withAcknowledgements(List<Finding> findings,
            List<RuleAcknowledgement> acknowledgements) {
        Map<AcknowledgementKey, RuleAcknowledgement> latest = new LinkedHashMap<>();
        Map<AcknowledgementKey, RuleAcknowledgement> latestOfSubject = new LinkedHashMap<>();
        for (RuleAcknowledgement ack : acknowledgements) {
            latest.merge(new AcknowledgementKey(ack.ruleId(), ack.subject(), ack.factsFingerprint()), ack,
                    (a, b) -> b.at().isAfter(a.at()) ? b : a);
            latestOfSubject.merge(new AcknowledgementKey(ack.ruleId(), ack.subject(), null), ack,
                    (a, b) -> b.at().isAfter(a.at()) ? b : a);
        }
        if (latestOfSubject.isEmpty()) {
            return findings.stream().map(f -> new EvaluatedFinding(f, Optional.empty())).toList();
        }
        return findings.stream()
                .map(f -> {
                    AcknowledgementKey ofSubject = new AcknowledgementKey(f.ruleId(), f.subject(), null);
                    if (!latestOfSubject.containsKey(ofSubject)) {
                        return new EvaluatedFinding(f, Optional.empty());
                    }
                    Optional<RuleAcknowledgement> holds = Optional.ofNullable(latest.get(
                            new AcknowledgementKey(f.ruleId(), f.subject(), f.factsFingerprint())));
                    return new EvaluatedFinding(f, holds, Optional.of(latestOfSubject.get(ofSubject)));
                })
                .toList();
    }

    /** Whether an acknowledgement applies to a finding: rule, subject and facts all match. */
    public static boolean matches(RuleAcknowledgement acknowledgement, Finding finding) {
        return acknowledgement.ruleId().equals(finding.ruleId())
                && acknowledgement.subject().equals(finding.subject())
                && acknowledgement.factsFingerprint().equals(finding.factsFingerprint());
    }

    private record AcknowledgementKey(String ruleId, org.tablebook.domain.EntityRef subject, String fingerprint) {
    }
}
