package org.tablebook.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tablebook.domain.Language;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.contract.NewContract;
import org.tablebook.domain.contract.Redline;

/** The new contract as a page: a redline against the current contract, then a clean copy. */
final class ContractRenderer {
    private ContractRenderer() {
    }

    /** The page with its own words in the given language; the contract's text as it is. */
    static String html(NegotiationSnapshot snapshot, Clock clock, PageSize pageSize, Language language) {
        NewContract contract = NewContract.assemble(snapshot);
        long open = contract.sections().stream().filter(s -> s.state() == NewContract.State.OPEN).count();
        Words words = Words.of(language);
        return Template.load("contract.html").render(ReportText.model(
                "pageSize", pageSize.css(), "pageNumber", words.get("page.number"), "pageOf", words.get("page.of"),
                "lang", words.language().code(),
                "t", words.tree(),
                "pageTitle", words.format("contract.pageTitle", snapshot.negotiation().title()),
                "title", snapshot.negotiation().title(),
                "meta", words.format("contract.meta", words.dates().longDate(LocalDate.now(clock)),
                        open == 0 ? words.get("contract.open.none") : open == 1 ? words.get("contract.open.one")
                                : words.format("contract.open.many", open)),
                "articles", articles(contract)));
    }

    private static List<Map<String, Object>> articles(NewContract contract) {
        Map<String, Map<String, Object>> byArticle = new LinkedHashMap<>();
        for (NewContract.Section s : contract.sections()) {
            Map<String, Object> article = byArticle.computeIfAbsent(s.section().articleNumber(), n -> {
                Map<String, Object> a = new LinkedHashMap<>(ReportText.model("number", n,
                        "title", s.section().articleTitle()));
                a.put("sections", new ArrayList<Map<String, Object>>());
                return a;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> sections = (List<Map<String, Object>>) article.get("sections");
            sections.add(ReportText.model(
                    "heading", (s.section().number() + " " + s.section().title()).strip(),
                    "open", s.state() == NewContract.State.OPEN,
                    "agreed", s.state() == NewContract.State.AGREED,
                    "text", s.text(),
                    "pieces", s.redline().pieces().stream().map(p -> ReportText.model(
                            // The space before a change is not part of it: it is neither underlined nor struck.
                            "lead", p.text().substring(0, p.text().length() - p.text().stripLeading().length()),
                            "text", p.text().stripLeading(),
                            "same", p.change() == Redline.Change.SAME,
                            "inserted", p.change() == Redline.Change.INSERTED,
                            "deleted", p.change() == Redline.Change.DELETED)).toList()));
        }
        return new ArrayList<>(byArticle.values());
    }
}
