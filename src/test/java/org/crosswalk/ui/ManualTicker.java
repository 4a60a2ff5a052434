package org.crosswalk.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.ui.backups.Ticker;

/** A timer the test ticks by hand: no waiting, no threads. */
final class ManualTicker implements Ticker {
    final List<Duration> periods = new ArrayList<>();
    private Runnable tick = () -> { };
    private int running;

    @Override
    public Runnable every(Duration period, Runnable task) {
        periods.add(period);
        tick = task;
        running++;
        return () -> running--;
    }

    void tick() {
        tick.run();
    }

    int running() {
        return running;
    }
}
