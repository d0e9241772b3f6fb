package org.saferinternethub.agenda;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ten Belgian provinces and the Brussels-Capital Region, with their ISO 3166-2 codes, the region they lie in
 * (codes of {@code hub.regions}) and a point near their centre where an activity without a pin is shown.
 */
enum Province {

    ANTWERP("BE-VAN", "BE-VLG", 51.22, 4.40),
    LIMBURG("BE-VLI", "BE-VLG", 50.93, 5.34),
    EAST_FLANDERS("BE-VOV", "BE-VLG", 51.05, 3.72),
    FLEMISH_BRABANT("BE-VBR", "BE-VLG", 50.88, 4.70),
    WEST_FLANDERS("BE-VWV", "BE-VLG", 51.05, 3.10),
    WALLOON_BRABANT("BE-WBR", "BE-WAL", 50.67, 4.58),
    HAINAUT("BE-WHT", "BE-WAL", 50.45, 3.95),
    LIEGE("BE-WLG", "BE-WAL", 50.63, 5.57),
    LUXEMBOURG("BE-WLX", "BE-WAL", 49.95, 5.45),
    NAMUR("BE-WNA", "BE-WAL", 50.47, 4.87),
    BRUSSELS("BE-BRU", "BE-BRU", 50.85, 4.35);

    private final String code;
    private final String region;
    private final double latitude;
    private final double longitude;

    Province(String code, String region, double latitude, double longitude) {
        this.code = code;
        this.region = region;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** The ISO 3166-2 code, e.g. {@code BE-VAN}; message key {@code agenda.province.<code>}. */
    public String code() {
        return code;
    }

    public String region() {
        return region;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    static Optional<Province> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

}
