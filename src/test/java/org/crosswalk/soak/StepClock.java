package org.crosswalk.soak;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the soak worker sets before each edit, so the copy it checks against gets the same
 * timestamps; it jumps backwards and forwards now and then, as a real machine's clock can.
 */
final class StepClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T09:00:00Z");

    void set(Instant instant) {
        now = instant;
    }

    Instant now() {
        return now;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
