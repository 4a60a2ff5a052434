package org.crosswalk.fuzz;

import java.util.ArrayList;
import java.util.List;

/** One reader's results: counts per outcome, the slowest case, and each failure in replayable form. */
final class ReaderSummary {
    private final String reader;
    private int cases;
    private int valid;
    private int clearErrors;
    private final List<String> failures = new ArrayList<>();
    private long slowestMillis = -1;
    private String slowestCase = "";

    ReaderSummary(String reader) {
        this.reader = reader;
    }

    void add(String caseName, Outcome outcome, long millis) {
        cases++;
        switch (outcome.kind()) {
            case VALID -> valid++;
            case CLEAR_ERROR -> clearErrors++;
            case FAILURE -> failures.add(caseName + ": " + outcome.detail());
        }
        if (millis > slowestMillis) {
            slowestMillis = millis;
            slowestCase = caseName;
        }
    }

    String reader() {
        return reader;
    }

    List<String> failures() {
        return failures;
    }

    String tableRow() {
        return String.format("| %s | %d | %d | %d | %d | %d ms (%s) |", reader, cases, valid, clearErrors,
                failures.size(), slowestMillis, slowestCase);
    }

    static String tableHeading() {
        return "| reader | cases | valid results | clear errors | failures | slowest case |\n"
                + "|---|---|---|---|---|---|";
    }
}
