package org.saferinternethub.moderation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A listener as other modules write them: asynchronous, after commit, recorded in the event publication registry. */
@Component
public class CrisisListenerProbe {

    private final List<CrisisDetected> received = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(CrisisDetected event) {
        received.add(event);
    }

    public List<CrisisDetected> received() {
        return received;
    }

}
