package org.crosswalk.ui;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.crosswalk.settings.Preferences;

/** Text size of the whole window, 100–200 %, remembered between sessions. */
public final class Zoom {
    private static final int STEP = 10;
    private final Preferences preferences;
    private final IntegerProperty percent = new SimpleIntegerProperty();

    public Zoom(Preferences preferences) {
        this.preferences = preferences;
        percent.set(preferences.zoomPercent());
        percent.addListener((o, old, now) -> preferences.setZoomPercent(now.intValue()));
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

    /** The root font size for the current zoom (13 px at 100 %). */
    public String rootStyle() {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 13.0 * percent.get() / 100);
    }
}
