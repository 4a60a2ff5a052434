package org.crosswalk.ui.backups;

import java.time.Duration;

/** Calls a task again and again on the JavaFX thread; tests tick by hand instead of waiting. */
public interface Ticker {

    /** Starts calling {@code tick} every {@code period}; stopping the returned handle ends it. */
    Runnable every(Duration period, Runnable tick);

    /** A JavaFX timeline: it ticks on the JavaFX thread and needs no thread of its own. */
    static Ticker timeline() {
        return (period, tick) -> {
            javafx.animation.Timeline timeline = new javafx.animation.Timeline(
                    new javafx.animation.KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
            timeline.setCycleCount(javafx.animation.Animation.INDEFINITE);
            timeline.play();
            return timeline::stop;
        };
    }
}
