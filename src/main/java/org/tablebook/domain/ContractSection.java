package org.tablebook.domain;

import java.time.Instant;

/**
 * One section of the contract, under its article. The current contract is the sections whose
 * {@code text} is present; a section with no text is one a demand adds (a "new article") and is in
 * the new contract only once a TA gives it language.
 *
 * @param articleNumber the article it belongs to, as the contract numbers it ("7", "XII")
 * @param number the section's number inside the article ("7.2"); may be blank for an article of one section
 * @param text the current contract's language, or null for a section the current contract does not have
 * @param position where the section stands in the contract, articles in order
 */
public record ContractSection(
        String id,
        String articleNumber,
        String articleTitle,
        String number,
        String title,
        String text,
        int position,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public ContractSection {
        Check.id("id", id);
        articleNumber = Check.required("articleNumber", "label.theArticleNumber", articleNumber).strip();
        articleTitle = Check.text("articleTitle", "label.theArticleTitle", articleTitle).strip();
        number = Check.text("number", "label.theSectionNumber", number).strip();
        title = Check.text("title", "label.theSectionTitle", title).strip();
        Check.notNegative("position", "label.thePosition", position);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    /** Whether the current contract has this section (otherwise a demand adds it). */
    public boolean inCurrentContract() {
        return text != null;
    }

    /** "Article 7 Hours of Work, 7.2 Overtime", the way the committee names a section. */
    public String label() {
        StringBuilder s = new StringBuilder(Check.words("contract.article", articleNumber));
        if (!articleTitle.isEmpty()) {
            s.append(' ').append(articleTitle);
        }
        if (!number.isEmpty() || !title.isEmpty()) {
            s.append(", ").append((number + " " + title).strip());
        }
        return s.toString();
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.CONTRACT_SECTION;
    }
}
