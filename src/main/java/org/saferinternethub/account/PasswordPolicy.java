package org.saferinternethub.account;

import java.util.Optional;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B and OWASP ASVS rules: 8 to 128 characters, any characters, no composition rules, and not
 * one of the passwords attackers try first. The list of those is zxcvbn's (about 30,000 passwords from public
 * breach corpora, shipped inside the {@code com.nulab-inc:zxcvbn} jar).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    Optional<String> problemWith(String password, String... personalWords) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("account.password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("account.password.too-long");
        }
        for (String word : personalWords) {
            if (word != null && !word.isBlank() && password.equalsIgnoreCase(word.strip())) {
                return Optional.of("account.password.personal");
            }
        }
        if (isCommon(password)) {
            return Optional.of("account.password.common");
        }
        return Optional.empty();
    }

    /** Whether the whole password, ignoring case, l33t and reversal, is on the common-passwords list. */
    boolean isCommon(String password) {
        for (Match match : zxcvbn.measure(password).getSequence()) {
            if (match.pattern == Pattern.Dictionary && "passwords".equals(match.dictionaryName) && match.i == 0
                    && match.j == password.length() - 1) {
                return true;
            }
        }
        return false;
    }

}
