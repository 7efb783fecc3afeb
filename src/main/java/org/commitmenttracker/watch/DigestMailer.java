package org.commitmenttracker.watch;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.commitmenttracker.audit.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends each subscriber what changed about what they follow since their last digest, in their language. It exists only
 * when a mail server is configured ({@code spring.mail.host}; see {@link MailDigestConfig}): without one nothing is
 * attempted, and the watch page and the digest feed work as before.
 */
public class DigestMailer {

    private static final Logger log = LoggerFactory.getLogger(DigestMailer.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final MailDigests digests;
    private final WatchedChanges changes;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final String from;
    private final String site;

    public DigestMailer(
            MailDigests digests,
            WatchedChanges changes,
            JavaMailSender mail,
            MessageSource messages,
            String from,
            String site) {
        this.digests = digests;
        this.changes = changes;
        this.mail = mail;
        this.messages = messages;
        this.from = from;
        this.site = site;
    }

    @Scheduled(
            initialDelayString = "${tracker.watch.mail-every:PT1H}",
            fixedDelayString = "${tracker.watch.mail-every:PT1H}")
    public void onSchedule() {
        sendDue();
    }

    /** One mail per subscriber with news; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        for (MailDigests.Subscription subscriber : digests.all()) {
            try {
                sent += send(subscriber) ? 1 : 0;
            } catch (MailException refused) {
                log.warn("Digest mail to {} not sent: {}", subscriber.username(), refused.getMessage());
            }
        }
        return sent;
    }

    private boolean send(MailDigests.Subscription subscriber) {
        SeenMarker from = subscriber.sent();
        long projected = changes.completeThrough(); // read first: everything through it is in what is read next
        List<AuditEntry> news = changes.unseen(subscriber.username(), from);
        SeenMarker upTo =
                from.seen(projected, news.stream().map(AuditEntry::globalIndex).toList());
        if (upTo.equals(from)) {
            return false;
        }
        // Claimed before sending: another node (or a second run) finds the marker moved and sends nothing twice.
        if (!digests.claim(subscriber.username(), from, upTo) || news.isEmpty()) {
            return false;
        }
        try {
            mail.send(message(subscriber, news));
            return true;
        } catch (MailException refused) {
            digests.claim(subscriber.username(), upTo, from);
            throw refused;
        }
    }

    private SimpleMailMessage message(MailDigests.Subscription subscriber, List<AuditEntry> news) {
        Locale locale = Locale.forLanguageTag(subscriber.language());
        StringBuilder text = new StringBuilder(
                        messages.getMessage("digest.mail.intro", new Object[] {news.size()}, locale))
                .append("\n\n");
        news.stream().sorted(Comparator.comparing(AuditEntry::recordedAt)).forEach(entry -> text.append("- ")
                .append(WHEN.format(entry.recordedAt().atOffset(ZoneOffset.UTC)))
                .append(", ")
                .append(entry.recordedBy())
                .append(": ")
                .append(entry.summary())
                .append(entry.itemId() == null ? "" : "\n  " + site + "/items/" + entry.itemId())
                .append('\n'));
        text.append('\n').append(messages.getMessage("digest.mail.footer", new Object[] {site + "/watch"}, locale));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(subscriber.email());
        message.setSubject(messages.getMessage("digest.mail.subject", new Object[] {news.size()}, locale));
        message.setText(text.toString());
        return message;
    }
}
