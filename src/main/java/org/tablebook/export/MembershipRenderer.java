package org.tablebook.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tablebook.costing.Money;
import org.tablebook.domain.Language;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.VoteResult;
import org.tablebook.export.MembershipSummary.PublicAgreement;
import org.tablebook.export.MembershipSummary.PublicDemand;
import org.tablebook.export.MembershipSummary.RatificationNews;
import org.tablebook.export.MembershipSummary.StatusCount;

/**
 * Writes a {@link MembershipSummary} as an XHTML page (for the browser and the PDF) or as Markdown,
 * in one language or in several: side by side on the page, one after the other in Markdown.
 */
final class MembershipRenderer {
    private MembershipRenderer() {
    }

    static String html(MembershipSummary s, PageSize pageSize) {
        return html(s, pageSize, List.of(Language.ENGLISH));
    }

    static String html(MembershipSummary s, PageSize pageSize, List<Language> languages) {
        return Template.load("membership.html").render(model(s, pageSize, languages));
    }

    static Map<String, Object> model(MembershipSummary s, PageSize pageSize, List<Language> languages) {
        List<Map<String, Object>> columns = new ArrayList<>();
        boolean bilingual = languages.size() > 1;
        for (int i = 0; i < languages.size(); i++) {
            Words w = Words.of(languages.get(i));
            Map<String, Object> column = column(s, w);
            column.put("idSuffix", i == 0 ? "" : "-" + w.language().code());
            columns.add(column);
        }
        Words first = Words.of(languages.get(0));
        String date = first.dates().longDate(s.reportDate());
        return ReportText.model(
                "pageSize", pageSize.css(),
                "pageNumber", first.get("page.number"),
                "pageOf", first.get("page.of"),
                "htmlLang", first.language().code(),
                "layout", bilingual ? "bilingual" : "single",
                "bilingual", bilingual,
                "hasOurs", !s.ourDemands().isEmpty(),
                "hasTheirs", !s.theirProposals().isEmpty(),
                "hasAgreements", !s.agreements().isEmpty(),
                "hasMoney", s.money().isPresent(),
                "docTitle", first.format("membership.docTitle", s.title(), date),
                "footer", languages.stream().map(l -> Words.of(l).format("membership.footer", s.title(),
                        Words.of(l).dates().longDate(s.reportDate()))).collect(Collectors.joining(" / ")),
                "langs", columns);
    }

    /** Everything one language's column says. */
    private static Map<String, Object> column(MembershipSummary s, Words w) {
        List<Map<String, Object>> counts = s.counts().stream().filter(c -> c.ours() + c.theirs() > 0)
                .map(c -> ReportText.model("status", w.status(c.status()), "statusClass", ReportText.cssClass(c.status()),
                        "ours", c.ours(), "theirs", c.theirs()))
                .toList();
        List<Map<String, Object>> agreements = s.agreements().stream()
                .map(a -> ReportText.model("code", a.demandCode(), "title", a.demandTitle(),
                        "reachedOn", w.format("membership.reachedOn", w.dates().longDate(a.reachedOn())),
                        "status", w.status(a.status()),
                        "statusClass", ReportText.cssClass(a.status()), "publicText", a.publicText()))
                .toList();
        List<Map<String, Object>> next = new ArrayList<>();
        for (String[] fact : nextSteps(s, w)) {
            next.add(ReportText.model("label", fact[0], "value", fact[1]));
        }
        return ReportText.model(
                "lang", w.language().code(),
                "t", w.tree(),
                "title", s.title(),
                "parties", parties(s, w),
                "ourParty", s.ourParty(),
                "unitLabel", unitLabel(s, w),
                "bargainingUnit", s.bargainingUnit(),
                "reportOf", w.format("membership.reportOf", w.dates().longDate(s.reportDate())),
                "hasDemands", s.demandCount() > 0,
                "counts", counts,
                "totalOurs", s.ourDemands().size(),
                "totalTheirs", s.theirProposals().size(),
                "next", next,
                "hasOurs", !s.ourDemands().isEmpty(),
                "ourDemands", rows(s.ourDemands(), w),
                "hasTheirs", !s.theirProposals().isEmpty(),
                "theirsHeading", theirsHeading(s, w),
                "theirProposals", rows(s.theirProposals(), w),
                "hasAgreements", !agreements.isEmpty(),
                "agreements", agreements,
                "moneySettled", s.money().map(m -> Money.format(m.settledTotal(), m.currency())).orElse(""),
                "moneyAverage", s.money().map(m -> Money.format(m.averagePerPersonPerYear(), m.currency())).orElse(""),
                "hasSessions", !s.sessionsHeld().isEmpty(),
                "sessionsHeld", sessionsHeld(s, w),
                "preparedBy", preparedBy(s, w));
    }

    private static List<Map<String, Object>> rows(List<PublicDemand> demands, Words w) {
        return demands.stream()
                .map(d -> ReportText.model("code", d.code(), "title", d.title(), "summary", d.publicSummary(),
                        "status", w.status(d.status()), "statusClass", ReportText.cssClass(d.status())))
                .toList();
    }

    private static String parties(MembershipSummary s, Words w) {
        if (s.ourParty().isEmpty() || s.otherParty().isEmpty()) {
            return s.ourParty() + s.otherParty();
        }
        return w.format("membership.parties", s.ourParty(), s.otherParty());
    }

    private static String unitLabel(MembershipSummary s, Words w) {
        return w.get(s.kind() == NegotiationKind.UNION_CONTRACT ? "membership.unit.union" : "membership.unit.other");
    }

    private static String theirsHeading(MembershipSummary s, Words w) {
        return s.otherParty().isEmpty() ? w.format("membership.theirsHeading.unnamed")
                : w.format("membership.theirsHeading.named", s.otherParty());
    }

    private static String sessionsHeld(MembershipSummary s, Words w) {
        int n = s.sessionsHeld().size();
        String count = n == 1 ? w.get("membership.sessions.one") : w.format("membership.sessions.many", n);
        return w.format("membership.sessions.held", count,
                s.sessionsHeld().stream().map(w.dates()::shortDate).collect(Collectors.joining(", ")));
    }

    private static String preparedBy(MembershipSummary s, Words w) {
        return s.ourParty().isEmpty() ? w.get("membership.preparedBy")
                : w.format("membership.preparedByOf", s.ourParty());
    }

    /** The "What's next" facts as label and value, in the order members look for them. */
    static List<String[]> nextSteps(MembershipSummary s) {
        return nextSteps(s, Words.of(Language.ENGLISH));
    }

    static List<String[]> nextSteps(MembershipSummary s, Words w) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {w.get("membership.next.session"),
                s.nextSession().map(w.dates()::weekdayDate).orElse(w.get("membership.next.notScheduled"))});
        s.ratification().ifPresent(r -> facts.add(new String[] {w.get("membership.next.ratification"),
                ratification(r, w)}));
        s.contractExpiresOn().ifPresent(d -> facts.add(new String[] {
                w.get(s.kind() == NegotiationKind.UNION_CONTRACT ? "membership.next.contractExpires"
                        : "membership.next.agreementExpires"),
                w.dates().weekdayDate(d)}));
        return facts;
    }

    private static String ratification(RatificationNews r, Words w) {
        if (r.result().isPresent()) {
            String key = r.result().get() == VoteResult.RATIFIED ? "membership.ratified" : "membership.votedDown";
            return w.format(key, w.dates().longDate(r.voteOn().orElseThrow()), r.yes(), r.no());
        }
        if (r.voteOn().isPresent()) {
            return w.format("membership.voteOn", w.dates().weekdayDate(r.voteOn().get()));
        }
        return w.format("membership.moaDrafted", w.dates().longDate(r.moaDraftedOn()));
    }

    // ---- Markdown ----------------------------------------------------------------------------

    static String markdown(MembershipSummary s) {
        return markdown(s, List.of(Language.ENGLISH));
    }

    /** The summary for a newsletter or an email, each language in turn; every piece of user text escaped. */
    static String markdown(MembershipSummary s, List<Language> languages) {
        StringBuilder md = new StringBuilder(4096 * languages.size());
        for (int i = 0; i < languages.size(); i++) {
            if (i > 0) {
                md.append("\n---\n\n");
            }
            markdown(md, s, Words.of(languages.get(i)));
        }
        return md.toString();
    }

    private static void markdown(StringBuilder md, MembershipSummary s, Words w) {
        md.append("# ").append(Markdown.inline(s.title())).append("\n\n");
        md.append("**").append(w.get("membership.kicker")).append("** · ")
                .append(w.format("membership.reportOf", w.dates().longDate(s.reportDate()))).append("\n\n");
        if (!parties(s, w).isEmpty()) {
            md.append(Markdown.inline(parties(s, w))).append("  \n");
        }
        if (!s.bargainingUnit().isEmpty()) {
            md.append(unitLabel(s, w)).append(": ").append(Markdown.inline(s.bargainingUnit())).append("\n");
        }
        md.append("\n## ").append(w.get("membership.atAGlance")).append("\n\n");
        if (s.demandCount() == 0) {
            md.append(w.get("membership.noDemands")).append("\n");
        } else {
            boolean theirs = !s.theirProposals().isEmpty();
            md.append("| ").append(w.get("membership.status")).append(" | ").append(w.get("membership.ourDemands"))
                    .append(" |").append(theirs ? " " + w.get("membership.theirProposals") + " |" : "")
                    .append("\n|---|---:|").append(theirs ? "---:|" : "").append("\n");
            for (StatusCount c : s.counts()) {
                if (c.ours() + c.theirs() > 0) {
                    md.append("| ").append(w.status(c.status())).append(" | ").append(c.ours()).append(" |")
                            .append(theirs ? " " + c.theirs() + " |" : "").append("\n");
                }
            }
            md.append("| **").append(w.get("membership.total")).append("** | **").append(s.ourDemands().size())
                    .append("** |").append(theirs ? " **" + s.theirProposals().size() + "** |" : "").append("\n");
        }
        md.append("\n## ").append(w.format("membership.whatsNext")).append("\n\n");
        for (String[] fact : nextSteps(s, w)) {
            md.append("- **").append(fact[0]).append(":** ").append(Markdown.inline(fact[1])).append("\n");
        }
        if (!s.ourDemands().isEmpty()) {
            md.append("\n## ").append(w.get("membership.ourDemands")).append("\n");
            demands(md, s.ourDemands(), w.get("membership.demand"), w);
        }
        if (!s.theirProposals().isEmpty()) {
            md.append("\n## ").append(Markdown.inline(theirsHeading(s, w))).append("\n");
            demands(md, s.theirProposals(), w.get("membership.proposal"), w);
        }
        if (!s.agreements().isEmpty()) {
            md.append("\n## ").append(w.get("membership.agreementsHeading")).append("\n\n")
                    .append(w.get("membership.agreements.intro")).append("\n");
            for (PublicAgreement a : s.agreements()) {
                md.append("\n### ").append(Markdown.inline(a.demandCode())).append(" · ")
                        .append(Markdown.inline(a.demandTitle())).append("\n\n")
                        .append("*").append(w.format("membership.reachedOnShort", w.status(a.status()),
                                w.dates().longDate(a.reachedOn()))).append("*\n\n")
                        .append(a.publicText().isEmpty() ? w.get("membership.toFollow") : Markdown.block(a.publicText()))
                        .append("\n");
            }
        }
        s.money().ifPresent(m -> md.append("\n## ").append(w.get("membership.money.heading")).append("\n\n")
                .append(w.format("membership.money.intro")).append("\n\n")
                .append("- **").append(w.get("membership.money.settled")).append(":** ")
                .append(Markdown.inline(Money.format(m.settledTotal(), m.currency()))).append("\n")
                .append("- **").append(w.get("membership.money.average")).append(":** ")
                .append(Markdown.inline(Money.format(m.averagePerPersonPerYear(), m.currency()))).append("\n"));
        md.append("\n## ").append(w.get("membership.sessionsHeading")).append("\n\n");
        if (s.sessionsHeld().isEmpty()) {
            md.append(w.get("membership.sessions.none")).append("\n");
        } else {
            md.append(sessionsHeld(s, w)).append("\n");
        }
        md.append("\n---\n\n").append(s.ourParty().isEmpty() ? w.get("membership.preparedBy")
                : w.format("membership.preparedByOf", Markdown.inline(s.ourParty()))).append("\n");
    }

    private static void demands(StringBuilder md, List<PublicDemand> demands, String column, Words w) {
        md.append("\n| ").append(w.get("membership.code")).append(" | ").append(column).append(" | ")
                .append(w.get("membership.status")).append(" |\n|---|---|---|\n");
        for (PublicDemand d : demands) {
            md.append("| ").append(Markdown.cell(d.code())).append(" | ").append(Markdown.cell(d.title()))
                    .append(" | ").append(w.status(d.status())).append(" |\n");
        }
        for (PublicDemand d : demands) {
            if (!d.publicSummary().isEmpty()) {
                md.append("\n**").append(Markdown.inline(d.code())).append(" · ").append(Markdown.inline(d.title()))
                        .append(".** ").append(Markdown.block(d.publicSummary())).append("\n");
            }
        }
    }
}
