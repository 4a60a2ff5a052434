package org.crosswalk.tables.priorities;

/**
 * Something in the file that was left out or read in a way the person should know about.
 *
 * @param line    the row (or paragraph) of the file it is about, as the person counts
 * @param message a whole sentence naming the row: "Row 12 has a sub-item but no priority: it was left out."
 */
public record ImportProblem(int line, String message) {
}
