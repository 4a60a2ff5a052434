package org.crosswalk.ui;

import javafx.animation.AnimationTimer;
import javafx.scene.shape.Rectangle;

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

    /**
     * Returns once the render thread has drawn every frame asked for so far (call on the JavaFX
     * thread). A pulse's {@code AnimationTimer} runs before that pulse waits for the previous frame,
     * so the second pulse can start while the first frame is still being painted; a one-pixel
     * snapshot is rendered on the same thread after those frames, and returns when it is done.
     */
    static void awaitDrawn() {
        new Rectangle(1, 1).snapshot(null, null);
    }
}
