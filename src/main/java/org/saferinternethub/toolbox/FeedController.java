package org.saferinternethub.toolbox;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import jakarta.servlet.http.HttpServletRequest;

import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.saferinternethub.toolbox.search.ResourceSearch;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** An Atom feed per language of the resources published most recently; nothing unpublished is in it. */
@RestController
class FeedController {

    private static final int ENTRIES = 30;

    private final ResourceSearch search;
    private final MessageSource messages;
    private final HubSettings settings;

    FeedController(ResourceSearch search, MessageSource messages, HubSettings settings) {
        this.search = search;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping("/feeds/toolbox/{code}.atom")
    ResponseEntity<String> feed(@PathVariable String code, HttpServletRequest request) throws FeedException {
        Language language = Language.fromCode(code).filter(l -> l.code().equals(code))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String base = settings.publicBase();
        List<ResourcePage.Hit> hits = search.latestIn(language, ENTRIES);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("toolbox.feed.title", null, language.locale()));
        feed.setDescription(messages.getMessage("toolbox.search.lead", null, language.locale()));
        feed.setLink(base + "/" + language.code() + "/toolbox");
        feed.setUri(base + "/feeds/toolbox/" + language.code() + ".atom");
        feed.setLanguage(language.code());
        feed.setPublishedDate(hits.isEmpty() || hits.get(0).publishedAt() == null ? new Date(0)
                : Date.from(hits.get(0).publishedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (ResourcePage.Hit hit : hits) {
            String link = base + "/" + language.code() + "/toolbox/resources/" + hit.id();
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(hit.title().value());
            entry.setLink(link);
            entry.setUri(link);
            entry.setAuthor(hit.providerName());
            if (hit.publishedAt() != null) {
                entry.setPublishedDate(Date.from(hit.publishedAt()));
                entry.setUpdatedDate(Date.from(hit.publishedAt()));
            }
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(hit.summary().value());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.valueOf("application/atom+xml;charset=UTF-8"))
            .body(new SyndFeedOutput().outputString(feed));
    }

}
