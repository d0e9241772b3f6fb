package org.saferinternethub.moderation;

import java.util.Map;

/** Checksum validators for structured identifiers, so random digit runs are not reported as IBANs or IDs. */
final class Checksums {
    /** IBAN lengths of the countries our users most likely write; others fall back to 15..34 + checksum. */
    static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("be", 16), Map.entry("nl", 18), Map.entry("fr", 27), Map.entry("de", 22),
            Map.entry("lu", 20), Map.entry("gb", 22), Map.entry("es", 24), Map.entry("it", 27),
            Map.entry("pt", 25), Map.entry("at", 20), Map.entry("ch", 21), Map.entry("ie", 22),
            Map.entry("pl", 28), Map.entry("mc", 27), Map.entry("dk", 18), Map.entry("se", 24),
            Map.entry("no", 15), Map.entry("fi", 18), Map.entry("tr", 26), Map.entry("ma", 28));

    private Checksums() {
    }

    /** ISO 13616 mod-97 check on a compact IBAN (letters any case, no separators). */
    static boolean isValidIban(String compact) {
        int length = compact.length();
        if (length < 15 || length > 34) {
            return false;
        }
        String country = compact.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
        Integer expected = IBAN_LENGTHS.get(country);
        if (expected != null && expected != length) {
            return false;
        }
        if (!Character.isLetter(compact.charAt(0)) || !Character.isLetter(compact.charAt(1))
                || !Character.isDigit(compact.charAt(2)) || !Character.isDigit(compact.charAt(3))) {
            return false;
        }
        int remainder = 0;
        for (int k = 0; k < length; k++) {
            char c = compact.charAt((k + 4) % length);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
                remainder = (remainder * 10 + value) % 97;
            } else {
                char lower = Character.toLowerCase(c);
                if (lower < 'a' || lower > 'z') {
                    return false;
                }
                value = lower - 'a' + 10;
                remainder = (remainder * 100 + value) % 97;
            }
        }
        return remainder == 1;
    }

    /**
     * Belgian national register number (rijksregisternummer / numéro de registre national): YYMMDD SSS CC with
     * CC = 97 - (YYMMDDSSS mod 97), or for people born from 2000 on, 97 - ((2 YYMMDDSSS) mod 97).
     * Month may be 0 (unknown birth date) or shifted by 20/40 for BIS numbers.
     */
    static boolean isValidBelgianNationalNumber(String elevenDigits) {
        if (elevenDigits.length() != 11) {
            return false;
        }
        for (int k = 0; k < 11; k++) {
            if (!Character.isDigit(elevenDigits.charAt(k))) {
                return false;
            }
        }
        int month = Integer.parseInt(elevenDigits.substring(2, 4)) % 20;
        int day = Integer.parseInt(elevenDigits.substring(4, 6));
        if (month > 12 || day > 31) {
            return false;
        }
        long base = Long.parseLong(elevenDigits.substring(0, 9));
        int check = Integer.parseInt(elevenDigits.substring(9, 11));
        return check == 97 - (int) (base % 97) || check == 97 - (int) ((2_000_000_000L + base) % 97);
    }
}
