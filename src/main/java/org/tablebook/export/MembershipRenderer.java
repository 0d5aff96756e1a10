package org.tablebook.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.VoteResult;
import org.tablebook.export.MembershipSummary.PublicAgreement;
import org.tablebook.export.MembershipSummary.PublicDemand;
import org.tablebook.export.MembershipSummary.RatificationNews;
import org.tablebook.export.MembershipSummary.StatusCount;

/** Writes a {@link MembershipSummary} as an XHTML page (for the browser and the PDF) or as Markdown. */
final class MembershipRenderer {
    private static final String TO_FOLLOW = "Details to follow.";

    private MembershipRenderer() {
    }

    static String html(MembershipSummary s, PageSize pageSize) {
        return Template.load("membership.html").render(model(s, pageSize));
    }

    static Map<String, Object> model(MembershipSummary s, PageSize pageSize) {
        List<Map<String, Object>> counts = s.counts().stream().filter(c -> c.ours() + c.theirs() > 0)
                .map(c -> ReportText.model("status", ReportText.status(c.status()), "statusClass", ReportText.cssClass(c.status()),
                        "ours", c.ours(), "theirs", c.theirs()))
                .toList();
        List<Map<String, Object>> agreements = s.agreements().stream()
                .map(a -> ReportText.model("code", a.demandCode(), "title", a.demandTitle(),
                        "reachedOn", ReportText.longDate(a.reachedOn()), "status", ReportText.status(a.status()),
                        "statusClass", ReportText.cssClass(a.status()), "publicText", a.publicText()))
                .toList();
        List<Map<String, Object>> next = new ArrayList<>();
        for (String[] fact : nextSteps(s)) {
            next.add(ReportText.model("label", fact[0], "value", fact[1]));
        }
        return ReportText.model(
                "pageSize", pageSize.css(),
                "title", s.title(),
                "parties", parties(s),
                "ourParty", s.ourParty(),
                "unitLabel", unitLabel(s),
                "bargainingUnit", s.bargainingUnit(),
                "reportDate", ReportText.longDate(s.reportDate()),
                "hasDemands", s.demandCount() > 0,
                "counts", counts,
                "totalOurs", s.ourDemands().size(),
                "totalTheirs", s.theirProposals().size(),
                "next", next,
                "hasOurs", !s.ourDemands().isEmpty(),
                "ourDemands", rows(s.ourDemands()),
                "hasTheirs", !s.theirProposals().isEmpty(),
                "theirsColumn", "Their proposals",
                "theirsHeading", theirsHeading(s),
                "theirProposals", rows(s.theirProposals()),
                "hasAgreements", !agreements.isEmpty(),
                "agreements", agreements,
                "hasSessions", !s.sessionsHeld().isEmpty(),
                "sessionCount", sessionCount(s),
                "sessions", s.sessionsHeld().stream().map(ReportText::shortDate).collect(Collectors.joining(", ")));
    }

    private static List<Map<String, Object>> rows(List<PublicDemand> demands) {
        return demands.stream()
                .map(d -> ReportText.model("code", d.code(), "title", d.title(), "summary", d.publicSummary(),
                        "status", ReportText.status(d.status()), "statusClass", ReportText.cssClass(d.status())))
                .toList();
    }

    private static String parties(MembershipSummary s) {
        if (s.ourParty().isEmpty() || s.otherParty().isEmpty()) {
            return s.ourParty() + s.otherParty();
        }
        return s.ourParty() + " and " + s.otherParty();
    }

    private static String unitLabel(MembershipSummary s) {
        return s.kind() == NegotiationKind.UNION_CONTRACT ? "Bargaining unit" : "Who we bargain for";
    }

    private static String theirsHeading(MembershipSummary s) {
        return s.otherParty().isEmpty() ? "The other side's proposals" : "Proposals from " + s.otherParty();
    }

    private static String sessionCount(MembershipSummary s) {
        int n = s.sessionsHeld().size();
        return n == 1 ? "One session" : n + " sessions";
    }

    /** The "What's next" facts as label and value, in the order members look for them. */
    static List<String[]> nextSteps(MembershipSummary s) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Next table session",
                s.nextSession().map(ReportText::weekdayDate).orElse("Not scheduled yet")});
        s.ratification().ifPresent(r -> facts.add(new String[] {"Ratification", ratification(r)}));
        s.contractExpiresOn().ifPresent(d -> facts.add(new String[] {
                s.kind() == NegotiationKind.UNION_CONTRACT ? "Current contract expires" : "Current agreement expires",
                ReportText.weekdayDate(d)}));
        return facts;
    }

    private static String ratification(RatificationNews r) {
        if (r.result().isPresent()) {
            String verdict = r.result().get() == VoteResult.RATIFIED ? "Members ratified the agreement"
                    : "Members voted the agreement down; bargaining continues";
            return verdict + " on " + ReportText.longDate(r.voteOn().orElseThrow()) + " (" + r.yes() + " yes, " + r.no()
                    + " no).";
        }
        if (r.voteOn().isPresent()) {
            return "Members vote on " + ReportText.weekdayDate(r.voteOn().get()) + ".";
        }
        return "Memorandum of agreement drafted on " + ReportText.longDate(r.moaDraftedOn())
                + "; the vote date will be announced.";
    }

    // ---- Markdown ----------------------------------------------------------------------------

    /** The same summary for a newsletter or an email: plain Markdown, every piece of user text escaped. */
    static String markdown(MembershipSummary s) {
        StringBuilder md = new StringBuilder(4096);
        md.append("# ").append(Markdown.inline(s.title())).append("\n\n");
        md.append("**Bargaining update for all members** · Report of ").append(ReportText.longDate(s.reportDate()))
                .append("\n\n");
        if (!parties(s).isEmpty()) {
            md.append(Markdown.inline(parties(s))).append("  \n");
        }
        if (!s.bargainingUnit().isEmpty()) {
            md.append(unitLabel(s)).append(": ").append(Markdown.inline(s.bargainingUnit())).append("\n");
        }
        md.append("\n## At a glance\n\n");
        if (s.demandCount() == 0) {
            md.append("No demands to report yet.\n");
        } else {
            boolean theirs = !s.theirProposals().isEmpty();
            md.append("| Status | Our demands |").append(theirs ? " Their proposals |" : "")
                    .append("\n|---|---:|").append(theirs ? "---:|" : "").append("\n");
            for (StatusCount c : s.counts()) {
                if (c.ours() + c.theirs() > 0) {
                    md.append("| ").append(ReportText.status(c.status())).append(" | ").append(c.ours()).append(" |")
                            .append(theirs ? " " + c.theirs() + " |" : "").append("\n");
                }
            }
            md.append("| **Total** | **").append(s.ourDemands().size()).append("** |")
                    .append(theirs ? " **" + s.theirProposals().size() + "** |" : "").append("\n");
        }
        md.append("\n## What's next\n\n");
        for (String[] fact : nextSteps(s)) {
            md.append("- **").append(fact[0]).append(":** ").append(Markdown.inline(fact[1])).append("\n");
        }
        if (!s.ourDemands().isEmpty()) {
            md.append("\n## Our demands\n");
            demands(md, s.ourDemands(), "Demand");
        }
        if (!s.theirProposals().isEmpty()) {
            md.append("\n## ").append(Markdown.inline(theirsHeading(s))).append("\n");
            demands(md, s.theirProposals(), "Proposal");
        }
        if (!s.agreements().isEmpty()) {
            md.append("\n## Tentative agreements\n\n")
                    .append("Nothing is final until members vote to ratify the whole agreement.\n");
            for (PublicAgreement a : s.agreements()) {
                md.append("\n### ").append(Markdown.inline(a.demandCode())).append(" · ")
                        .append(Markdown.inline(a.demandTitle())).append("\n\n")
                        .append("*").append(ReportText.status(a.status())).append(", reached on ")
                        .append(ReportText.longDate(a.reachedOn())).append("*\n\n")
                        .append(a.publicText().isEmpty() ? TO_FOLLOW : Markdown.block(a.publicText())).append("\n");
            }
        }
        md.append("\n## Table sessions\n\n");
        if (s.sessionsHeld().isEmpty()) {
            md.append("No table sessions yet.\n");
        } else {
            md.append(sessionCount(s)).append(" held: ")
                    .append(s.sessionsHeld().stream().map(ReportText::shortDate).collect(Collectors.joining(", ")))
                    .append(".\n");
        }
        md.append("\n---\n\nPrepared by the bargaining committee")
                .append(s.ourParty().isEmpty() ? "" : " of " + Markdown.inline(s.ourParty()))
                .append(" for all members. Questions? Ask any member of the bargaining committee.\n");
        return md.toString();
    }

    private static void demands(StringBuilder md, List<PublicDemand> demands, String column) {
        md.append("\n| Code | ").append(column).append(" | Status |\n|---|---|---|\n");
        for (PublicDemand d : demands) {
            md.append("| ").append(Markdown.cell(d.code())).append(" | ").append(Markdown.cell(d.title()))
                    .append(" | ").append(ReportText.status(d.status())).append(" |\n");
        }
        for (PublicDemand d : demands) {
            if (!d.publicSummary().isEmpty()) {
                md.append("\n**").append(Markdown.inline(d.code())).append(" · ").append(Markdown.inline(d.title()))
                        .append(".** ").append(Markdown.block(d.publicSummary())).append("\n");
            }
        }
    }
}
