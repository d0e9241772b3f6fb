package org.saferinternethub.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.platform.Secrets;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

    @Modifying
    @Query("delete from AccountToken t where t.account = :account and t.purpose = :purpose")
    void deleteAllFor(@Param("account") Account account, @Param("purpose") AccountToken.Purpose purpose);

    /** Creates a token and answers its secret, which only the recipient will see. */
    default String issue(@Nullable Account account, AccountToken.Purpose purpose, Duration validity, Clock clock) {
        String secret = Secrets.newToken();
        save(new AccountToken(account, purpose, Secrets.hash(secret), clock.instant(),
                clock.instant().plus(validity)));
        return secret;
    }

    /** Creates a link that confirms a young member's recovery address, and answers its secret. */
    default String issueRecoveryEmail(Account account, String email, Duration validity, Clock clock) {
        String secret = Secrets.newToken();
        save(new AccountToken(account, AccountToken.Purpose.RECOVERY_EMAIL, Secrets.hash(secret), clock.instant(),
                clock.instant().plus(validity)).withEmail(email));
        return secret;
    }

    /** The token with that secret and purpose, if it is unused and unexpired. */
    default Optional<AccountToken> findUsable(String secret, AccountToken.Purpose purpose, Clock clock) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return findByTokenHashAndPurpose(Secrets.hash(secret), purpose)
            .filter(token -> token.isUsable(clock.instant()));
    }

}
