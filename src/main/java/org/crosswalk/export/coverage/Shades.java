package org.crosswalk.export.coverage;

/**
 * The steps of a heat map's shading, the same in the app and in every paper: none for an empty
 * cell, else 1 to {@link #STEPS} by the cell's share of the busiest cell.
 */
public final class Shades {
    public static final int STEPS = 5;

    private Shades() {
    }

    public static int of(int count, int busiest) {
        if (count <= 0 || busiest <= 0) {
            return 0;
        }
        return Math.min(STEPS, Math.max(1, (int) Math.ceil(STEPS * (double) count / busiest)));
    }
}
