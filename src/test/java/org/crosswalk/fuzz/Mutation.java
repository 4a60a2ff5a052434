package org.crosswalk.fuzz;

/** A damaged copy of a seed file and what was done to it, printed when a case fails. */
record Mutation(byte[] bytes, String description) {
}
