package org.saferinternethub.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;

import org.saferinternethub.platform.Secrets;
import org.springframework.stereotype.Component;

import static dev.samstevens.totp.util.Utils.getDataUriForImage;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds, as every authenticator app reads
 * them) and single-use recovery codes for when the phone is lost.
 */
@Component
class TwoFactor {

    static final int RECOVERY_CODES = 10;

    private final CodeVerifier verifier;
    private final String issuer;

    TwoFactor(AccountSettings settings) {
        DefaultCodeVerifier codeVerifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                new SystemTimeProvider());
        // One step either side tolerates a phone clock that is up to 30 seconds off.
        codeVerifier.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = codeVerifier;
        this.issuer = settings.issuer();
    }

    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    boolean isValidCode(String secret, String code) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        return digits.matches("\\d{6}") && verifier.isValidCode(secret, digits);
    }

    /** The {@code otpauth://} QR code as a {@code data:} URI for an {@code <img>}. */
    String qrCodeDataUri(String secret, String accountLabel) {
        QrData data = new QrData.Builder().label(accountLabel).secret(secret).issuer(issuer)
            .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        generator.setImageSize(240);
        try {
            return getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        }
        catch (QrGenerationException failure) {
            throw new IllegalStateException("QR code could not be drawn", failure);
        }
    }

    String[] newRecoveryCodes() {
        return new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES);
    }

    static Set<String> hashes(String[] recoveryCodes) {
        return Arrays.stream(recoveryCodes).map(TwoFactor::hashRecoveryCode).collect(Collectors.toSet());
    }

    static String hashRecoveryCode(String code) {
        return Secrets.hash(code.strip().toLowerCase(Locale.ROOT));
    }

}
