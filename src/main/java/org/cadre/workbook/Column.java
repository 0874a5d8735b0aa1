package org.cadre.workbook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column an import expects: a stable key and the header texts that name it (in every language the
 * export writes). Headers match after {@link #normalise}: case, accents, spacing and punctuation do not
 * matter, so "Prénom", "prenom" and "PRÉNOM:" are the same column, wherever it stands.
 */
public record Column(String key, boolean required, List<String> headers) {

    public Column {
        headers = List.copyOf(headers);
    }

    public static Column required(String key, String... headers) {
        return new Column(key, true, all(key, headers));
    }

    public static Column optional(String key, String... headers) {
        return new Column(key, false, all(key, headers));
    }

    private static List<String> all(String key, String... headers) {
        List<String> list = new ArrayList<>(List.of(headers));
        list.add(key);
        return list;
    }

    boolean matches(String header) {
        String n = normalise(header);
        return !n.isEmpty() && headers.stream().anyMatch(h -> normalise(h).equals(n));
    }

    /** Lower case, no accents (đ → d too), single spaces between letters and digits only. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
