package org.saferinternethub.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class Passwords {

    /**
     * Argon2id with Spring Security's current defaults (16 MiB, 2 iterations). BCrypt is not used: it ignores
     * everything past 72 bytes, and we accept passwords of up to 128 characters.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

}
