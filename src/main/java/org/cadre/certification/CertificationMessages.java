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

    @Message
    String print_title();

    @Message
    String print_certifies();

    @Message
    String print_completed();

    @Message
    String print_framework();

    @Message
    String print_version();

    @Message
    String print_competencies();

    @Message
    String print_number();

    @Message
    String print_issuedOn();

    @Message
    String print_validUntil();

    @Message
    String print_status();

    @Message
    String print_issuer();

    @Message
    String print_verifyAt();

    @Message
    String print_qr();

    @Message
    String print_revoked();

    @Message
    String print_expired();

    @Message
    String print_revokedNotice();

    @Message
    String print_expiredNotice();

    @Message
    String print_hint();

    @Message
    String print_pdf();

    @Message
    String print_badge();

    @Message
    String print_badgeJwt();

    @Message
    String print_language();

    @Message
    String register_title();

    @Message
    String register_holder();

    @Message
    String register_programme();

    @Message
    String register_open();

    @Message
    String register_empty();

    @Message
    String register_link();

    @Message
    String badge_description(String number, String programme, String framework);

    @Message
    String badge_criteria();
}
