package org.tablebook.export;

/** The kinds of file an export can be. */
public enum ExportFormat {
    PDF("pdf", "application/pdf"),
    HTML("html", "text/html"),
    MARKDOWN("md", "text/markdown"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
