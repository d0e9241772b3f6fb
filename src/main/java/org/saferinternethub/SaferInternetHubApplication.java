package org.saferinternethub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Safer Internet Hub", sharedModules = "shared")
public class SaferInternetHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(SaferInternetHubApplication.class, args);
    }

}
