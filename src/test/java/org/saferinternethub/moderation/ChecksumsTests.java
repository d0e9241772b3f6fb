package org.saferinternethub.moderation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecksumsTests {

    @ParameterizedTest
    @ValueSource(strings = {"BE68539007547034", "BE71096123456769", "NL91ABNA0417164300", "DE89370400440532013000",
            "FR1420041010050500013M02606", "GB29NWBK60161331926819", "be68539007547034"})
    void acceptsValidIbans(String iban) {
        assertTrue(Checksums.isValidIban(iban));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE68539007547035", "BE6853900754703", "NL91ABNA0417164301", "DE89370400440532013001",
            "XX00000000000000", "BE00000000000000", "1234567890123456"})
    void rejectsInvalidIbans(String iban) {
        assertFalse(Checksums.isValidIban(iban));
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003328", "93051822361", "88081500294", "90020199704",
            // born from 2000 on: checksum over 2 followed by the first nine digits
            "01010100126", "07041234581", "05112031176", "10010112393"})
    void acceptsValidBelgianNationalNumbers(String number) {
        assertTrue(Checksums.isValidBelgianNationalNumber(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003329", "12345678901", "85133003328", "01010100127", "8507300332", "850730033281",
            "85a73003328"})
    void rejectsInvalidBelgianNationalNumbers(String number) {
        assertFalse(Checksums.isValidBelgianNationalNumber(number));
    }
}
