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
    public static final Comparator<Finding> ORDER = RulesEngine::compare;

    private static int compare(Finding a, Finding b) {
        if (a == b) {
            return 0;
        }
        int c = a.severity().compareTo(b.severity());
        if (c != 0) {
            return c;
        }
        c = a.ruleId().compareTo(b.ruleId());
        if (c != 0) {
            return c;
        }
        c = a.subject().kind().compareTo(b.subject().kind());
        if (c != 0) {
            return c;
        }
        c = a.subject().id().compareTo(b.subject().id());
        if (c != 0) {
            return c;
        }
        c = orEmpty(a.field()).compareTo(orEmpty(b.field()));
        if (c != 0) {
            return c;
        }
        c = orEmpty(a.messageText().key()).compareTo(orEmpty(b.messageText().key()));
        if (c != 0) {
            return c;
        }
        c = a.messageText().args().toString().compareTo(b.messageText().args().toString());
        return c != 0 ? c : a.factsFingerprint().compareTo(b.factsFingerprint());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

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
        List<List<Finding>> each = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.appliesTo(snapshot.negotiation())) {
                each.add(sorted(rule.check(snapshot, clock, settings)));
            }
        }
        return inOrder(each);
    }

    /** One rule's findings in {@link #ORDER}. */
    public static List<Finding> sorted(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }

    /**
     * The findings of several rules, each rule's already {@link #sorted}, in {@link #ORDER}: as
     * sorting them all together gives, equal ones in the rules' order. As the order begins with the
     * severity and the rule, each rule's findings of one severity stay together: only those runs
     * are put in order, not every finding again.
     */
    public static List<Finding> inOrder(List<List<Finding>> each) {
        List<List<Finding>> runs = new ArrayList<>();
        int size = 0;
        for (List<Finding> findings : each) {
            if (findings.isEmpty()) {
                continue;
            }
            Finding first = findings.get(0);
            Finding last = findings.get(findings.size() - 1);
            if (first.severity() == last.severity() && first.ruleId().equals(last.ruleId())) {
                // Sorted by severity and rule first: all of one severity and rule.
                runs.add(findings);
                size += findings.size();
                continue;
            }
            int from = 0;
            for (int i = 1; i <= findings.size(); i++) {
                if (i == findings.size() || findings.get(i).severity() != findings.get(from).severity()
                        || !findings.get(i).ruleId().equals(findings.get(from).ruleId())) {
                    runs.add(findings.subList(from, i));
                    from = i;
                }
            }
            size += findings.size();
        }
        Comparator<List<Finding>> byRun = Comparator.comparing((List<Finding> run) -> run.get(0).severity())
                .thenComparing(run -> run.get(0).ruleId());
        runs.sort(byRun);
        List<Finding> all = new ArrayList<>(size);
        for (int i = 0; i < runs.size(); i++) {
            if (i > 0 && byRun.compare(runs.get(i - 1), runs.get(i)) == 0) {
                // Two rules gave findings under one rule id: their findings are interleaved by the rest of the order.
                all.clear();
                each.forEach(all::addAll);
                all.sort(ORDER);
                return List.copyOf(all);
            }
            all.addAll(runs.get(i));
        }
        return List.copyOf(all);
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
        java.util.Set<String> acknowledgedRules = new java.util.HashSet<>();
        acknowledgements.forEach(ack -> acknowledgedRules.add(ack.ruleId()));
        return findings.stream()
                .map(f -> {
                    if (!acknowledgedRules.contains(f.ruleId())) {
                        return new EvaluatedFinding(f, Optional.empty());
                    }
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
