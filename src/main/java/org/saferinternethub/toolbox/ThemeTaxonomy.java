package org.saferinternethub.toolbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editors' theme taxonomy: add, rename, reorder and remove themes. A theme's slug never changes, since
 * resources, addresses and the open data refer to it; a theme still carried by a resource cannot be removed.
 */
@Service
class ThemeTaxonomy {

    private final Themes themes;
    private final AuditLog auditLog;

    ThemeTaxonomy(Themes themes, AuditLog auditLog) {
        this.themes = themes;
        this.auditLog = auditLog;
    }

    /** A theme with the number of resources that carry it, whatever their status. */
    record Entry(long id, String slug, LocalizedText.Localized name, long resources) {
    }

    @Transactional(readOnly = true)
    List<Entry> entries(Language language) {
        Map<String, Long> usage = new HashMap<>();
        for (Object[] row : themes.usage()) {
            usage.put((String) row[0], (Long) row[1]);
        }
        return themes.findAllByOrderByPositionAsc().stream()
            .map(theme -> new Entry(id(theme), theme.getSlug(),
                    theme.getName().in(language).orElse(new LocalizedText.Localized(theme.getSlug(), language, false)), usage.getOrDefault(theme.getSlug(), 0L)))
            .toList();
    }

    @Transactional(readOnly = true)
    Theme get(long id) {
        return themes.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional
    void add(String slug, LocalizedText name) {
        if (themes.existsBySlug(slug)) {
            throw new SlugTaken();
        }
        themes.save(new Theme(slug, name, themes.lastPosition() + 1));
        auditLog.record("toolbox.theme.create", "theme:" + slug, AuditLog.Outcome.SUCCESS);
    }

    @Transactional
    void rename(long id, LocalizedText name) {
        Theme theme = get(id);
        theme.rename(name);
        auditLog.record("toolbox.theme.rename", "theme:" + theme.getSlug(), AuditLog.Outcome.SUCCESS);
    }

    /** Swaps a theme with its neighbour above ({@code -1}) or below ({@code +1}). */
    @Transactional
    void move(long id, int direction) {
        List<Theme> ordered = themes.findAllByOrderByPositionAsc();
        int index = ordered.indexOf(get(id));
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= ordered.size()) {
            return;
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        ordered.get(index).moveTo(other + 1);
        ordered.get(other).moveTo(index + 1);
        auditLog.record("toolbox.theme.move", "theme:" + ordered.get(index).getSlug(), AuditLog.Outcome.SUCCESS);
    }

    /** Removes a theme no resource carries; answers the number of resources that still do otherwise. */
    @Transactional
    long remove(long id) {
        Theme theme = get(id);
        long used = themes.usage(theme.getSlug());
        if (used > 0) {
            auditLog.record("toolbox.theme.delete", "theme:" + theme.getSlug(), AuditLog.Outcome.DENIED);
            return used;
        }
        themes.delete(theme);
        auditLog.record("toolbox.theme.delete", "theme:" + theme.getSlug(), AuditLog.Outcome.SUCCESS);
        return 0;
    }

    private static long id(Theme theme) {
        Long id = theme.getId();
        return id == null ? 0 : id;
    }

    static class SlugTaken extends RuntimeException {
    }

}
