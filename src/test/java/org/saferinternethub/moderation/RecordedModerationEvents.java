package org.saferinternethub.moderation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps every event the moderation module publishes, so that tests can see what other modules would receive. */
@Component
public class RecordedModerationEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ContentModerated event) {
        events.add(event);
    }

    @EventListener
    void on(CrisisDetected event) {
        events.add(event);
    }

    @EventListener
    void on(ContentHiddenByReports event) {
        events.add(event);
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

}
