package org.saferinternethub.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of the public API at {@code /v3/api-docs} (springdoc reads the controllers under
 * {@code /api/v1/}); Swagger UI at {@code /swagger-ui.html} lets developers try it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The name under which operations that need a moderator or an API token refer to the bearer scheme. */
    static final String API_TOKEN = "apiToken";

    @Bean
    OpenAPI hubOpenApi() {
        return new OpenAPI()
            .info(new Info().title("Safer Internet Hub API")
                .version("v1")
                .description("Open data of the toolbox and the Safer Internet Day agenda (read-only, any origin), "
                        + "and the moderation engine (moderators or an API token an admin creates). "
                        + "Errors are application/problem+json (RFC 9457) and name the field at fault."))
            .components(new Components().addSecuritySchemes(API_TOKEN,
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A token an admin creates at /{lang}/admin/moderation-tokens")));
    }

}
