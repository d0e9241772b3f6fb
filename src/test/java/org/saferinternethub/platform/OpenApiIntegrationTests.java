package org.saferinternethub.platform;

import org.junit.jupiter.api.Test;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public API describes itself as OpenAPI, and Swagger UI serves under the site's content security policy. */
@HubIntegrationTest
class OpenApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheApiAndNothingElse() throws Exception {
        mvc.perform(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.openapi", containsString("3.")))
            .andExpect(jsonPath("$.info.title").value("Safer Internet Hub API"))
            .andExpect(jsonPath("$.paths", hasKey("/api/v1/resources")))
            .andExpect(jsonPath("$.paths", hasKey("/api/v1/resources/{id}")))
            .andExpect(jsonPath("$.paths", hasKey("/api/v1/activities")))
            .andExpect(jsonPath("$.paths", hasKey("/api/v1/moderation/screen")))
            .andExpect(jsonPath("$.paths", not(hasKey("/{lang}/toolbox"))))
            .andExpect(jsonPath("$.paths", not(hasKey("/{lang}/signin"))))
            .andExpect(jsonPath("$.paths['/api/v1/resources'].get.parameters[*].name", hasItem("theme")))
            .andExpect(jsonPath("$.paths['/api/v1/resources'].get.parameters[*].name", hasItem("q")))
            .andExpect(jsonPath("$.paths['/api/v1/resources'].get.parameters[*].name", not(hasItem("params"))))
            .andExpect(jsonPath("$.paths['/api/v1/moderation/screen'].post.security[0]", hasKey("apiToken")))
            .andExpect(jsonPath("$.paths['/api/v1/moderation/screen'].post.parameters").doesNotExist());
    }

    @Test
    void servesSwaggerUiWithTheSitePolicy() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Security-Policy", ContentSecurityPolicy.DEFAULT));
        mvc.perform(get("/v3/api-docs/swagger-config"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.url").value("/v3/api-docs"));
    }

}
