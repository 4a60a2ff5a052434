package org.crosswalk.ui;

import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.crosswalk.settings.Preferences;

/** Text size of a window, 100–200 %, remembered between sessions. */
public final class Zoom {
    private static final int STEP = 10;
    private final IntegerProperty percent = new SimpleIntegerProperty();
    private final double basePixels;

    /** The main window's zoom: 13 px at 100 %. */
    public Zoom(Preferences preferences) {
        this(preferences.zoomPercent(), preferences::setZoomPercent, 13.0);
    }

    private Zoom(int initial, IntConsumer remember, double basePixels) {
        this.basePixels = basePixels;
        percent.set(initial);
        percent.addListener((o, old, now) -> remember.accept(now.intValue()));
    }

    /** Presentation mode's zoom, remembered on its own: 20 px at 100 %, for a room and a projector. */
    public static Zoom forPresentation(Preferences preferences) {
        return new Zoom(preferences.presentationZoomPercent(), preferences::setPresentationZoomPercent, 20.0);
    }

    public IntegerProperty percentProperty() {
        return percent;
    }

    public void in() {
        percent.set(Preferences.clampZoom(percent.get() + STEP));
    }

    public void out() {
        percent.set(Preferences.clampZoom(percent.get() - STEP));
    }

    public void reset() {
        percent.set(100);
    }

    /** The root font size for the current zoom. */
    public String rootStyle() {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", basePixels * percent.get() / 100);
    }
}
