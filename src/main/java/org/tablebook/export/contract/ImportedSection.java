package org.tablebook.export.contract;

/**
 * One section of a contract file, before it becomes a record.
 *
 * @param number the section's number ("7.2"), blank for an article's own text
 */
public record ImportedSection(String articleNumber, String articleTitle, String number, String title, String text) {
}
