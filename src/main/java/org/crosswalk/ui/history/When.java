package org.crosswalk.ui.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** When a change was made, in local time as people say it: "Today 14:05", "Yesterday 09:12", "14 Feb 2019 10:30". */
public final class When {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private When() {
    }

    public static String format(Instant at, Instant now, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = local.toLocalDate();
        if (day.equals(today)) {
            return "Today " + TIME.format(local);
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday " + TIME.format(local);
        }
        return (day.getYear() == today.getYear() ? THIS_YEAR : OTHER_YEAR).format(local);
    }
}
