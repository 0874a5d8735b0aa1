package org.cadre.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 countries, with names in any language, from the JDK's locale data: nothing to
 * maintain by hand, and Vietnamese or Romanian names come for free.
 */
public final class Countries {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale language) {
        return Locale.of("", code).getDisplayCountry(language);
    }

    public record Country(String code, String name) {
    }

    public static List<Country> all(Locale language) {
        return CODES.stream()
                .map(code -> new Country(code, name(code, language)))
                .sorted(Comparator.comparing(Country::name, java.text.Collator.getInstance(language)))
                .toList();
    }
}
