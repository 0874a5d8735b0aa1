package org.cadre.cohort;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How attendance counts. Present and late count as attended; absent counts against; excused is left out
 * of both (the trainee was released). Rate = attended / (attended + absent), two decimals, or null when
 * no session counts yet. Default minutes when the trainer gives none: the whole session for present,
 * nothing for absent and excused; late needs the minutes actually attended or takes the whole session.
 */
final class AttendancePolicy {

    private AttendancePolicy() {
    }

    static BigDecimal rate(Collection<String> statuses) {
        long attended = statuses.stream().filter(s -> s.equals("present") || s.equals("late")).count();
        long absent = statuses.stream().filter(s -> s.equals("absent")).count();
        if (attended + absent == 0) {
            return null;
        }
        return BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(attended + absent), 2, RoundingMode.HALF_UP);
    }

    static int minutes(String status, Integer given, int sessionMinutes) {
        return switch (status) {
            case "absent", "excused" -> 0;
            default -> given == null ? sessionMinutes : given;
        };
    }

    /** Why the minutes do not fit the status or the session, or null when they do. */
    static String checkMinutes(String status, Integer given, int sessionMinutes) {
        if (given == null) {
            return null;
        }
        if ((status.equals("absent") || status.equals("excused")) && given != 0) {
            return "must be 0 for " + status;
        }
        if (given > sessionMinutes) {
            return "must not exceed the session's " + sessionMinutes + " minutes";
        }
        return null;
    }
}
