package org.saferinternethub.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When the database cannot be reached, people get a friendly "briefly unavailable" page (503) within the
 * connection timeout instead of a generic error, and the API a 503 problem. Readiness goes DOWN on its own
 * through the database health check; everything recovers when the database is back.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Hands over to {@link ErrorPages}, which renders the page (or the API problem) with the whole layout. */
    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
    void unavailable(Exception failure, HttpServletResponse response) throws IOException {
        log.warn("Database unavailable: {}", failure.getClass().getSimpleName());
        response.setHeader("Retry-After", "30");
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }

}
