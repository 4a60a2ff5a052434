package org.crosswalk.ui;

import javafx.animation.AnimationTimer;

/** Work kept out of the window's first frame: it runs once that frame has been drawn. */
final class FirstFrame {
    private FirstFrame() {
    }

    /**
     * Runs {@code work} on the JavaFX thread at the start of the second pulse from now, that is once
     * the next frame has been drawn (call it just after showing a window).
     */
    static void afterNextFrame(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                work.run();
            }
        }.start();
    }
}
