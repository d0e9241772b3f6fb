package org.saferinternethub.toolbox;

import org.saferinternethub.account.OrganisationRenamed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the provider name on resources in step with their organisation's name. Resources the centre lists on
 * behalf of another partner carry that partner's name, so only those showing the previous name change.
 */
@Component
class ProviderNames {

    private final Resources resources;

    ProviderNames(Resources resources) {
        this.resources = resources;
    }

    @ApplicationModuleListener
    void on(OrganisationRenamed renamed) {
        resources.findByOrganisationIdAndProviderName(renamed.organisationId(), renamed.previousName())
            .forEach(resource -> resource.setProviderName(renamed.name()));
    }

}
