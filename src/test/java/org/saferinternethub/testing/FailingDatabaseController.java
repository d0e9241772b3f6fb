package org.saferinternethub.testing;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;

/** A page whose database is gone, to see what visitors get then. Exists only in tests. */
@Controller
class FailingDatabaseController {

    @GetMapping("/test-only/database-down")
    String databaseDown() {
        throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
    }

}
