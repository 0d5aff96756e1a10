package org.tablebook.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.tablebook.domain.Language;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.contract.NewContract;
import org.tablebook.domain.contract.Redline;

/**
 * The new contract as a Word document for the lawyers: the clean copy first, article by article,
 * then the redline against the current contract (insertions underlined, deletions struck). Open
 * sections are marked in both.
 */
final class ContractDocx {
    private ContractDocx() {
    }

    /** The document with its own words (headings, marks) in the given language; the contract's text as it is. */
    static byte[] write(NegotiationSnapshot snapshot, Language language) {
        NewContract contract = NewContract.assemble(snapshot);
        Words words = Words.of(language);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(16);
            t.setText(words.format("contract.pageTitle", snapshot.negotiation().title()));
            part(doc, contract, false, words);
            XWPFParagraph heading = doc.createParagraph();
            heading.setPageBreak(true);
            XWPFRun h = heading.createRun();
            h.setBold(true);
            h.setFontSize(14);
            h.setText(words.get("contract.redline"));
            part(doc, contract, true, words);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a Word document in memory failed", e);
        }
    }

    private static void part(XWPFDocument doc, NewContract contract, boolean redline, Words words) {
        String article = null;
        for (NewContract.Section s : contract.sections()) {
            if (!s.section().articleNumber().equals(article)) {
                article = s.section().articleNumber();
                XWPFParagraph a = doc.createParagraph();
                a.setStyle("Heading1");
                XWPFRun r = a.createRun();
                r.setBold(true);
                r.setFontSize(13);
                r.setText((words.get("contract.article") + " " + article + " " + s.section().articleTitle()).strip());
            }
            XWPFParagraph head = doc.createParagraph();
            head.setStyle("Heading2");
            XWPFRun hr = head.createRun();
            hr.setBold(true);
            hr.setText((s.section().number() + " " + s.section().title()).strip()
                    + (s.state() == NewContract.State.OPEN ? " " + words.get("contract.openMark") : ""));
            XWPFParagraph body = doc.createParagraph();
            if (!redline) {
                body.createRun().setText(s.text());
                continue;
            }
            for (Redline.Piece p : s.redline().pieces()) {
                XWPFRun r = body.createRun();
                r.setText(p.text());
                if (p.change() == Redline.Change.INSERTED) {
                    r.setUnderline(UnderlinePatterns.SINGLE);
                    r.setColor("0B5394");
                } else if (p.change() == Redline.Change.DELETED) {
                    r.setStrikeThrough(true);
                    r.setColor("A61B1B");
                }
            }
        }
    }
}
