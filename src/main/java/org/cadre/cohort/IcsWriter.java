package org.cadre.cohort;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A minimal RFC 5545 writer: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character),
 * TEXT values escaped (backslash, semicolon, comma, newline). Times are written in UTC ("Z"), which every
 * client converts to the reader's zone without needing a VTIMEZONE; the cohort's zone is named in the
 * description.
 */
final class IcsWriter {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One VEVENT. */
    record Event(String uid, int sequence, Instant start, Instant end, String summary, String location,
                 String description, List<String> categories) {
    }

    private final StringBuilder out = new StringBuilder();

    static String calendar(String name, Instant stamp, List<Event> events) {
        IcsWriter w = new IcsWriter();
        w.line("BEGIN:VCALENDAR");
        w.line("VERSION:2.0");
        w.line("PRODID:-//Cadre//Training calendar//EN");
        w.line("CALSCALE:GREGORIAN");
        w.line("METHOD:PUBLISH");
        w.line("X-WR-CALNAME:" + text(name));
        for (Event e : events) {
            w.line("BEGIN:VEVENT");
            w.line("UID:" + e.uid());
            w.line("SEQUENCE:" + e.sequence());
            w.line("DTSTAMP:" + UTC.format(stamp));
            w.line("DTSTART:" + UTC.format(e.start()));
            w.line("DTEND:" + UTC.format(e.end()));
            w.line("SUMMARY:" + text(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                w.line("LOCATION:" + text(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                w.line("DESCRIPTION:" + text(e.description()));
            }
            if (e.categories() != null && !e.categories().isEmpty()) {
                w.line("CATEGORIES:" + String.join(",", e.categories().stream().map(IcsWriter::text).toList()));
            }
            w.line("END:VEVENT");
        }
        w.line("END:VCALENDAR");
        return w.out.toString();
    }

    /** Escapes a TEXT value (RFC 5545 §3.3.11). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no physical line exceeds 75 octets (§3.1). */
    private void line(String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
