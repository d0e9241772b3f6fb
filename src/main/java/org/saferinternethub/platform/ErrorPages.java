package org.saferinternethub.platform;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Error pages in the visitor's language, inside the normal layout so that the navigation stays; for the API,
 * an RFC 9457 problem. Details of what went wrong stay in the log.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Set<Integer> PAGES_WITH_OWN_TEXT = Set.of(400, 403, 404, 405, 413, 429, 500, 503);

    @RequestMapping("/error")
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String path = SitePaths.requestedPath(request);
        if (path.startsWith("/api/")) {
            return new ModelAndView(problem(status, path));
        }
        int code = PAGES_WITH_OWN_TEXT.contains(status.value()) ? status.value() : status.is4xxClientError() ? 400 : 500;
        return new ModelAndView("error/page", Map.of("status", status.value(), "code", code), status);
    }

    /** An RFC 9457 problem without details: what went wrong stays in the log. */
    private static View problem(HttpStatus status, String path) {
        return (model, request, response) -> {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                    + "\",\"status\":" + status.value() + ",\"instance\":\"" + path.replaceAll("[\"\\\\\\p{Cntrl}]", "")
                    + "\"}");
        };
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

}
