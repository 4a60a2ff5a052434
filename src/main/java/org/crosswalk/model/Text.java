package org.crosswalk.model;

/** Small checks shared by the records. */
final class Text {
    private Text() {
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " must not be empty.");
        }
    }
}
