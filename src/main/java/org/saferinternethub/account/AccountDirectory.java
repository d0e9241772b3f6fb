package org.saferinternethub.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of accounts and organisations: names and ids, never the entities.
 */
@Service
public class AccountDirectory {

    /**
     * An organisation as other modules see it.
     *
     * @param id its id
     * @param name its name
     * @param type its kind
     * @param region its region code, if any
     * @param website its website, if any
     */
    public record OrganisationSummary(long id, String name, OrganisationType type, @Nullable String region,
            @Nullable String website) {
    }

    /**
     * Someone to address.
     *
     * @param accountId the account
     * @param name the display name (or pseudonym)
     * @param email the address, if the account has one
     * @param language the language the person reads
     */
    public record Contact(long accountId, String name, @Nullable String email, Language language) {
    }

    private final Accounts accounts;
    private final Organisations organisations;

    AccountDirectory(Accounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisation(long id) {
        return organisations.findById(id).map(AccountDirectory::summary);
    }

    /** The name of every organisation by its id: one narrow query, for pages that only label ids. */
    @Transactional(readOnly = true)
    public Map<Long, String> organisationNames() {
        Map<Long, String> names = new HashMap<>();
        organisations.idsAndNames().forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        return organisations.findAllByOrderByNameAsc().stream().map(AccountDirectory::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Contact> contact(long accountId) {
        return accounts.findById(accountId).filter(Account::isEnabled)
            .map(a -> new Contact(a.getId(), a.getDisplayName(), a.getEmail(), a.getPreferredLanguage()));
    }

    /** The enabled accounts holding a role, e.g. every moderator to alert. */
    @Transactional(readOnly = true)
    public List<Contact> withRole(Role role) {
        return accounts.findByRolesContainingAndEnabledTrue(role).stream()
            .map(a -> new Contact(a.getId(), a.getDisplayName(), a.getEmail(), a.getPreferredLanguage()))
            .toList();
    }

    private static OrganisationSummary summary(Organisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getName(), organisation.getType(),
                organisation.getRegion(), organisation.getWebsite());
    }

}
