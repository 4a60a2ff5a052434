package org.crosswalk.plans.reading;

/** The document formats Crosswalk reads plans from, as {@link FormatSniffer} finds them by content. */
public enum PlanFormat {
    PDF("PDF"),
    DOCX("Word document"),
    HTML("web page"),
    TEXT("text file");

    private final String displayName;

    PlanFormat(String displayName) {
        this.displayName = displayName;
    }

    /** "Word document", "web page" ... as a person would name the format. */
    public String displayName() {
        return displayName;
    }
}
