package org.cadre.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * When a trainee may be certified: attendance rate at least the minimum (no attendance recorded counts
 * as not met; a minimum of 0 asks for none), proficient (by the assessment feature's ProficiencyPolicy) in every required competency,
 * and a latest post-test at least the minimum (a minimum of 0 needs no post-test). Each unmet rule gives
 * one reason.
 */
final class EligibilityPolicy {

    /** The words for reasons, in the reader's language. */
    interface Words {
        String attendance(String rate, String needed);

        String noAttendance(String needed);

        String notProficient(String code);

        String postTest(String score, String needed);

        String noPostTest(String needed);
    }

    record Outcome(boolean eligible, BigDecimal attendancePercent, List<String> notProficient, List<String> reasons) {
    }

    private EligibilityPolicy() {
    }

    /**
     * @param attendanceRate 0..1, or null when no session counted
     * @param proficiency    proficient or not per competency code with evidence
     * @param postTest       percent, or null when none was taken
     */
    static Outcome evaluate(CertificationPolicy policy, Collection<String> required, BigDecimal attendanceRate,
                            Map<String, Boolean> proficiency, BigDecimal postTest, Words words) {
        List<String> reasons = new ArrayList<>();
        BigDecimal attendance = attendanceRate == null ? null
                : attendanceRate.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP);
        if (policy.minAttendance.signum() == 0) {
            // no attendance asked for
        } else if (attendance == null) {
            reasons.add(words.noAttendance(plain(policy.minAttendance)));
        } else if (attendanceRate.multiply(BigDecimal.valueOf(100)).compareTo(policy.minAttendance) < 0) {
            reasons.add(words.attendance(plain(attendance), plain(policy.minAttendance)));
        }
        List<String> missing = required.stream().filter(code -> !proficiency.getOrDefault(code, false)).toList();
        missing.forEach(code -> reasons.add(words.notProficient(code)));
        if (policy.minPostTest.signum() > 0) {
            if (postTest == null) {
                reasons.add(words.noPostTest(plain(policy.minPostTest)));
            } else if (postTest.compareTo(policy.minPostTest) < 0) {
                reasons.add(words.postTest(plain(postTest), plain(policy.minPostTest)));
            }
        }
        return new Outcome(reasons.isEmpty(), attendance, missing, reasons);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
