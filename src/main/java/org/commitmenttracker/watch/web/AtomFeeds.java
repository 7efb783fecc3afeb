package org.commitmenttracker.watch.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.commitmenttracker.audit.AuditEntry;

/**
 * Audit-log events as an Atom 1.0 feed, written by Rome. An entry's id is the stored event's identifier, which never
 * changes, so a feed reader shows each event once however often it fetches.
 */
final class AtomFeeds {

    private AtomFeeds() {}

    static String write(String base, String feedId, String title, String pagePath, List<AuditEntry> events) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri("tag:commitment-tracker," + feedId);
        feed.setTitle(title);
        feed.setLink(base + pagePath);
        Instant updated = events.isEmpty() ? Instant.EPOCH : events.getFirst().recordedAt();
        feed.setPublishedDate(Date.from(updated));
        feed.setEntries(events.stream().map(event -> entry(base, event)).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed could not be written", e);
        }
    }

    private static SyndEntry entry(String base, AuditEntry event) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:uuid:" + event.eventId());
        entry.setTitle(event.summary());
        entry.setLink(
                event.itemId() != null ? base + "/items/" + event.itemId() : base + "/audit?type=" + event.type());
        entry.setAuthor(event.recordedBy() == null ? "system" : event.recordedBy());
        entry.setPublishedDate(Date.from(event.recordedAt()));
        entry.setUpdatedDate(Date.from(event.recordedAt()));
        SyndContentImpl text = new SyndContentImpl();
        text.setType("text/plain");
        text.setValue(event.summary()
                + (event.worldDate() == null ? "" : " (world date " + event.worldDate() + ")")
                + "; recorded by " + entry.getAuthor() + ".");
        entry.setDescription(text);
        return entry;
    }
}
