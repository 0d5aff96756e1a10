package org.tablebook.export;

/** The kinds of file an export can be. */
public enum ExportFormat {
    PDF("pdf"),
    HTML("html"),
    MARKDOWN("md"),
    JSON("json"),
    DOCX("docx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
