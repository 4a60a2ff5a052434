package org.crosswalk.store.snapshot;

import java.time.Instant;
import java.util.UUID;

/**
 * A named snapshot as listed: its number (1, 2, … in the order taken, kept when others are
 * deleted), name, when and by whom it was taken, and how much of the table it holds.
 */
public record Snapshot(UUID id, int number, String name, Instant takenAt, String takenBy, int themes,
                       int priorities, int links) {
}
