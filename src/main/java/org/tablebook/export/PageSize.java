package org.tablebook.export;

/** The paper a PDF export is laid out for. */
public enum PageSize {
    LETTER("letter"), A4("A4");

    private final String css;

    PageSize(String css) {
        this.css = css;
    }

    /** The CSS {@code @page size} value. */
    String css() {
        return css;
    }
}
