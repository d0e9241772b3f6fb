package org.saferinternethub.moderation;

import org.saferinternethub.account.AccountDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Forgets the pseudonym of an author who deleted their account on every item they left in the review queue. */
@Component
class DepartedAuthors {

    private final ReviewItems items;

    DepartedAuthors(ReviewItems items) {
        this.items = items;
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        items.findByAuthorId(deleted.accountId()).forEach(ReviewItem::forgetAuthor);
    }

}
