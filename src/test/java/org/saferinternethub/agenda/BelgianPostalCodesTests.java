package org.saferinternethub.agenda;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BelgianPostalCodesTests {

    @Test
    void findsTheProvinceAndRegionAtBothEndsOfEveryRange() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("1000", "BE-BRU BE-BRU"), Map.entry("1299", "BE-BRU BE-BRU"),
                Map.entry("1300", "BE-WBR BE-WAL"), Map.entry("1499", "BE-WBR BE-WAL"),
                Map.entry("1500", "BE-VBR BE-VLG"), Map.entry("1999", "BE-VBR BE-VLG"),
                Map.entry("2000", "BE-VAN BE-VLG"), Map.entry("2999", "BE-VAN BE-VLG"),
                Map.entry("3000", "BE-VBR BE-VLG"), Map.entry("3499", "BE-VBR BE-VLG"),
                Map.entry("3500", "BE-VLI BE-VLG"), Map.entry("3999", "BE-VLI BE-VLG"),
                Map.entry("4000", "BE-WLG BE-WAL"), Map.entry("4699", "BE-WLG BE-WAL"),
                Map.entry("4800", "BE-WLG BE-WAL"), Map.entry("4999", "BE-WLG BE-WAL"),
                Map.entry("5000", "BE-WNA BE-WAL"), Map.entry("5999", "BE-WNA BE-WAL"),
                Map.entry("6000", "BE-WHT BE-WAL"), Map.entry("6599", "BE-WHT BE-WAL"),
                Map.entry("6600", "BE-WLX BE-WAL"), Map.entry("6999", "BE-WLX BE-WAL"),
                Map.entry("7000", "BE-WHT BE-WAL"), Map.entry("7999", "BE-WHT BE-WAL"),
                Map.entry("8000", "BE-VWV BE-VLG"), Map.entry("8999", "BE-VWV BE-VLG"),
                Map.entry("9000", "BE-VOV BE-VLG"), Map.entry("9999", "BE-VOV BE-VLG"));
        expected.forEach((code, place) -> assertThat(describe(code)).as(code).isEqualTo(place));
    }

    @Test
    void putsTheGermanSpeakingMunicipalitiesInLiegeAndTheGermanSpeakingCommunity() {
        // Eupen, Kettenis, Lontzen, Walhorn, Kelmis, Neu-Moresnet, Hergenrath, Raeren, Eynatten, Bütgenbach,
        // Büllingen, Amel, Sankt Vith, Burg-Reuland
        for (String code : new String[] { "4700", "4701", "4710", "4711", "4720", "4721", "4728", "4730", "4731",
                "4750", "4760", "4761", "4770", "4780", "4782", "4790", "4791" }) {
            assertThat(describe(code)).as(code).isEqualTo("BE-WLG BE-DG");
        }
        // Welkenraedt and Malmedy are in the province of Liège but French-speaking.
        assertThat(describe("4840")).isEqualTo("BE-WLG BE-WAL");
        assertThat(describe("4960")).isEqualTo("BE-WLG BE-WAL");
    }

    @Test
    void refusesWhatIsNotABelgianPostalCode() {
        for (String code : new String[] { "0999", "999", "10000", "abcd", "", " 10 0", "1O00" }) {
            assertThat(BelgianPostalCodes.locate(code)).as(code).isEmpty();
        }
        assertThat(BelgianPostalCodes.locate(" 1000 ")).isPresent();
    }

    private static String describe(String code) {
        return BelgianPostalCodes.locate(code).map(p -> p.province().code() + " " + p.region()).orElse("none");
    }

}
