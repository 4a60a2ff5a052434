package org.crosswalk.store.edit;

/** Short quoted names for edit descriptions ("Rename priority ‘Immunisation’"). */
final class Describe {
    private static final int MAX = 40;

    private Describe() {
    }

    static String quote(Object text) {
        String value = String.valueOf(text).strip().replaceAll("\\s+", " ");
        if (value.length() > MAX) {
            value = value.substring(0, MAX - 1).strip() + "…";
        }
        return "‘" + value + "’";
    }

    /** "2.18" for a numbered item, else the start of its text. */
    static String item(java.util.Map<String, Object> item) {
        Object number = item.get("number");
        return number != null && !number.toString().isBlank() ? number.toString() : quote(item.get("text"));
    }
}
