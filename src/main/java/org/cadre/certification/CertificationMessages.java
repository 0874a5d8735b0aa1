package org.cadre.certification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of certification: reasons a trainee is not eligible, and the public verification page (messages/cert_<lang>.properties). */
@MessageBundle(value = "cert", locale = "en")
public interface CertificationMessages {

    @Message
    String reason_attendance(String rate, String needed);

    @Message
    String reason_noAttendance(String needed);

    @Message
    String reason_notProficient(String code);

    @Message
    String reason_postTest(String score, String needed);

    @Message
    String reason_noPostTest(String needed);

    @Message
    String verify_title();

    @Message
    String verify_holder();

    @Message
    String verify_programme();

    @Message
    String verify_competencies();

    @Message
    String verify_issuedOn();

    @Message
    String verify_validUntil();

    @Message
    String verify_status();

    @Message
    String status_active();

    @Message
    String status_expired();

    @Message
    String status_revoked();

    @Message
    String verify_notFound();

    @Message
    String verify_prompt();

    @Message
    String verify_code();

    @Message
    String verify_check();
}
