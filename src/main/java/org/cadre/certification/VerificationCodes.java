package org.cadre.certification;

import java.security.SecureRandom;

/**
 * Verification codes: 24 characters of Crockford's base32 (digits and letters without I, L, O and U,
 * so nothing looks alike), i.e. 120 random bits from SecureRandom, in groups of four (XXXX-XXXX-…) for
 * reading aloud. What people type is read leniently: lower case, O for 0, I or L for 1, any separators.
 */
final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        StringBuilder b = new StringBuilder(LENGTH + LENGTH / 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** The stored form of what someone typed: upper case, separators dropped, look-alikes mapped, regrouped. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String raw = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(raw.charAt(i));
        }
        return b.toString();
    }
}
