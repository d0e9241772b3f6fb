package org.saferinternethub.moderation;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/moderation/screen}: the engine for other systems. Moderators (signed in) and holders of an
 * API token may call it; with {@code hub.moderation.api.loopback-open}, so may anyone on this machine.
 */
@RestController
@Tag(name = "Moderation", description = "The screening engine: labels, spans and the decision for a text")
class ModerationApiController {

    private final Moderation moderation;
    private final ApiTokenService tokens;
    private final ModerationSettings settings;

    ModerationApiController(Moderation moderation, ApiTokenService tokens, ModerationSettings settings) {
        this.moderation = moderation;
        this.tokens = tokens;
        this.settings = settings;
    }

    /**
     * @param text the text to screen
     * @param lang its language, or {@code auto} to detect it
     * @param trust the author's trust level; {@code MEMBER} when absent
     */
    record ScreenRequest(@NotNull(message = "text is required") @Size(max = 20000, message = "text is longer than 20000 characters") String text,
            @Nullable @Pattern(regexp = "nl|fr|de|en|auto", message = "lang must be nl, fr, de, en or auto") String lang,
            @Nullable @Pattern(regexp = "NEW|MEMBER|TRUSTED", message = "trust must be NEW, MEMBER or TRUSTED") String trust) {
    }

    record SpanJson(int start, int end, Label label, double score) {
    }

    record ScreenResponse(Decision decision, List<Label> labels, List<SpanJson> spans, String language, String redacted,
            String message) {
    }

    @Operation(summary = "Screen a text",
            description = "Moderators (signed in) or holders of an API token; in the demo profile also anyone on loopback.",
            security = @SecurityRequirement(name = "apiToken"))
    @ApiResponse(responseCode = "200", description = "the verdict")
    @ApiResponse(responseCode = "400", description = "a field is missing or invalid (problem+json naming it)")
    @ApiResponse(responseCode = "401", description = "neither a moderator nor a valid token")
    @PostMapping(value = "/api/v1/moderation/screen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> screen(@Valid @RequestBody ScreenRequest request,
            @Parameter(hidden = true) @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
            HttpServletRequest http) {
        if (!allowed(authorization, http.getRemoteAddr())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Sign in as a moderator or send 'Authorization: Bearer <token>'.");
            problem.setTitle("Unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
        }
        String language = request.lang() == null ? "auto" : request.lang();
        TrustLevel trust = request.trust() == null ? TrustLevel.MEMBER : TrustLevel.valueOf(request.trust());
        Verdict verdict = moderation.screen(request.text(), language, trust);
        return ResponseEntity.ok(new ScreenResponse(verdict.decision(), List.copyOf(verdict.labels()),
                verdict.spans().stream().map(s -> new SpanJson(s.start(), s.end(), s.label(),
                        Math.round(s.score() * 100) / 100.0)).toList(),
                verdict.language(), verdict.redacted(), moderation.messageFor(verdict)));
    }

    private boolean allowed(@Nullable String authorization, String remoteAddress) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_MODERATOR") || a.getAuthority().equals("ROLE_ADMIN"))) {
            return true;
        }
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")
                && tokens.isValid(authorization.substring(7).strip())) {
            return true;
        }
        return settings.api().loopbackOpen() && (remoteAddress.startsWith("127.") || remoteAddress.equals("::1")
                || remoteAddress.equals("0:0:0:0:0:0:0:1"));
    }

}
