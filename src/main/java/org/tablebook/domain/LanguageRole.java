package org.tablebook.domain;

/** What a piece of section language is to its demand. */
public enum LanguageRole {
    /** The demand changes this section; no text of its own. */
    CHANGES,
    /** The full text a pass proposes for the section. */
    PROPOSED,
    /** The text a tentative agreement settled for the section. */
    AGREED
}
