package org.crosswalk.export.progress;

import org.crosswalk.model.ImplementationStatus;

/**
 * The colours every export gives a status, as RGB hex without "#": a pale background and a dark
 * text colour (contrast at least 7:1), the same as the app's chips. Always beside the words.
 */
public final class StatusColours {
    private StatusColours() {
    }

    /** The cell's background; white for a priority nobody has reported on. */
    public static String background(ImplementationStatus status) {
        if (status == null) {
            return "FFFFFF";
        }
        return switch (status) {
            case NOT_STARTED -> "EEEEEE";
            case ON_TRACK -> "D9F2D9";
            case AT_RISK -> "FFF0C2";
            case OFF_TRACK -> "F9D6D5";
            case DONE -> "DDE6F2";
        };
    }

    /** The words' colour on that background. */
    public static String text(ImplementationStatus status) {
        if (status == null) {
            return "1A1A1A";
        }
        return switch (status) {
            case NOT_STARTED -> "1A1A1A";
            case ON_TRACK -> "0B3D0B";
            case AT_RISK -> "4D3800";
            case OFF_TRACK -> "5C0A07";
            case DONE -> "1F3864";
        };
    }
}
