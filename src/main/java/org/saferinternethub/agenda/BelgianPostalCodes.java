package org.saferinternethub.agenda;

import java.util.Optional;

/**
 * Where a Belgian postal code lies: its province and its region. The ranges are those of bpost; the
 * German-speaking Community (4700–4799: Eupen, Lontzen, Kelmis, Raeren, Bütgenbach, Büllingen, Amel, Sankt Vith,
 * Burg-Reuland) lies in the province of Liège but has {@code BE-DG} as region.
 */
final class BelgianPostalCodes {

    static final String GERMAN_SPEAKING_COMMUNITY = "BE-DG";

    /** A place a postal code leads to. */
    record Place(Province province, String region) {
    }

    private BelgianPostalCodes() {
    }

    static Optional<Place> locate(String postalCode) {
        if (postalCode == null || !postalCode.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int code = Integer.parseInt(postalCode.strip());
        Optional<Province> province = province(code);
        if (code >= 4700 && code <= 4799) {
            return province.map(p -> new Place(p, GERMAN_SPEAKING_COMMUNITY));
        }
        return province.map(p -> new Place(p, p.region()));
    }

    private static Optional<Province> province(int code) {
        if (code < 1000 || code > 9999) {
            return Optional.empty();
        }
        if (code < 1300) {
            return Optional.of(Province.BRUSSELS);
        }
        if (code < 1500) {
            return Optional.of(Province.WALLOON_BRABANT);
        }
        if (code < 2000) {
            return Optional.of(Province.FLEMISH_BRABANT);
        }
        if (code < 3000) {
            return Optional.of(Province.ANTWERP);
        }
        if (code < 3500) {
            return Optional.of(Province.FLEMISH_BRABANT);
        }
        if (code < 4000) {
            return Optional.of(Province.LIMBURG);
        }
        if (code < 5000) {
            return Optional.of(Province.LIEGE);
        }
        if (code < 6000) {
            return Optional.of(Province.NAMUR);
        }
        if (code < 6600) {
            return Optional.of(Province.HAINAUT);
        }
        if (code < 7000) {
            return Optional.of(Province.LUXEMBOURG);
        }
        if (code < 8000) {
            return Optional.of(Province.HAINAUT);
        }
        if (code < 9000) {
            return Optional.of(Province.WEST_FLANDERS);
        }
        return Optional.of(Province.EAST_FLANDERS);
    }

}
