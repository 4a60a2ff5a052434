package org.crosswalk.ui;

import javafx.animation.AnimationTimer;
import javafx.scene.shape.Rectangle;

/** Work kept out of the window's first frame: it runs once that frame is on its way to the screen. */
final class FirstFrame {
    private FirstFrame() {
    }

    /**
     * Runs {@code work} on the JavaFX thread at the start of the second pulse from now (call it just
     * after showing a window): the next frame has then been handed to the render thread, though it
     * may still be being painted — {@link #awaitDrawn()} waits for that.
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
