package org.commitmenttracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.commitmenttracker.support.World.map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.JsonNode;

/**
 * An event recorded before a user marks the changes as seen (or before a digest goes), but projected into the audit log
 * after it, is still shown and still mailed. By recording instant it fell before the marker and was lost.
 */
class LateProjectionTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MailDigests digests;

    @Autowired
    WatchedChanges changes;

    @Autowired
    MessageSource messages;

    private World world;
    private String party;
    private String session;
    private String user;
    private Api watcher;

    @BeforeEach
    void world() {
        world = new World(api);
        party = world.party("TJK");
        String body = world.body("CSC", List.of(party));
        session = world.session(body, "2024-05-01", party, map());
        user = "late-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "late-password-" + UUID.randomUUID();
        assertThat(api.post("/api/admin/users", """
                        {"username": "%s", "password": "%s", "role": "VIEWER"}""".formatted(user, password)).statusCode())
                .isEqualTo(201);
        watcher = anonymous.as(user, password);
        assertThat(watcher.post("/api/me/watches", """
                        {"kind": "PARTY", "target": "%s"}""".formatted(party)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void anEventProjectedAfterMarkSeenIsStillNew() {
        String pledge = world.pledge(session, party, "2024-05-01", map("title", "Build a depot"));
        Projections.awaitCaughtUp(api);
        assertThat(watcher.post("/api/me/changes/seen", "").statusCode()).isEqualTo(204);
        assertThat(changes()).isEmpty();

        StreamingEventProcessor audit = audit();
        audit.shutDown();
        try {
            world.status(pledge, "IN_PROGRESS", "2024-06-01"); // recorded now, projected only after the restart
            assertThat(watcher.post("/api/me/changes/seen", "").statusCode()).isEqualTo(204);
        } finally {
            audit.start();
        }
        Projections.awaitCaughtUp(api);

        assertThat(Json.texts(changes(), "type")).containsExactly("StatusChanged");
        assertThat(watcher.post("/api/me/changes/seen", "").statusCode()).isEqualTo(204);
        assertThat(changes()).as("seen once it was shown").isEmpty();
    }

    @Test
    void anEventProjectedAfterALaterOneStillGoesInTheNextDigest() {
        // Two items whose audit events fall in different segments, so one can be projected while the other waits.
        StreamingEventProcessor audit = audit();
        Projections.awaitCaughtUp(api);
        Map<Integer, EventTrackerStatus> segments = audit.processingStatus();
        List<String> pledges = new ArrayList<>();
        String late = null;
        String early = null;
        for (int i = 0; i < 20 && early == null; i++) {
            String pledge = world.pledge(session, party, "2024-05-01", map("title", "Pledge " + i));
            pledges.add(pledge);
            late = late == null ? pledge : late;
            early = segmentOf(segments, pledge) != segmentOf(segments, late) ? pledge : null;
        }
        assertThat(early).as("an item in another segment").isNotNull();
        Projections.awaitCaughtUp(api);
        digests.subscribe(user, user + "@example.org", "en");
        DigestMailer mailer = new DigestMailer(
                digests, changes, greenMail(), messages, "tracker@example.org", "http://tracker.example.org");

        int held = segmentOf(segments, late);
        audit.releaseSegment(held, 120, TimeUnit.SECONDS);
        try {
            await().atMost(30, TimeUnit.SECONDS)
                    .until(() -> !audit.processingStatus().containsKey(held));
            world.status(late, "IN_PROGRESS", "2024-06-01");
            world.status(early, "IN_PROGRESS", "2024-06-01");
            String earlyId = early;
            await().atMost(30, TimeUnit.SECONDS).until(() -> changes.digest(user, 50).stream()
                    .anyMatch(e -> earlyId.equals(e.itemId()) && e.type().equals("StatusChanged")));
            mailer.sendDue(); // the later event is projected, the earlier one is not
        } finally {
            audit.claimSegment(held).join();
        }
        Projections.awaitCaughtUp(api);
        long lateIndex = changes.digest(user, 50).stream()
                .filter(e -> e.itemId() != null && e.itemId().equals(pledges.getFirst()))
                .mapToLong(AuditEntry::globalIndex)
                .max()
                .orElseThrow();
        // A gap left by a rolled-back append elsewhere holds the marker back until the gap timeout passes.
        await().atMost(90, TimeUnit.SECONDS).until(() -> changes.completeThrough() >= lateIndex);
        mailer.sendDue();

        String mailed = String.join(
                "\n",
                Arrays.stream(SMTP.getReceivedMessages())
                        .filter(message -> to(message, user))
                        .map(GreenMailUtil::getBody)
                        .toList());
        assertThat(mailed)
                .contains("http://tracker.example.org/items/" + late)
                .contains("http://tracker.example.org/items/" + early);
    }

    private StreamingEventProcessor audit() {
        return processing
                .eventProcessor(ProcessingGroups.AUDIT, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private static int segmentOf(Map<Integer, EventTrackerStatus> segments, String aggregateId) {
        return segments.values().stream()
                .filter(status -> status.getSegment().matches(aggregateId))
                .mapToInt(status -> status.getSegment().getSegmentId())
                .findFirst()
                .orElseThrow();
    }

    private JsonNode changes() {
        HttpResponse<String> response = watcher.get("/api/me/changes");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body()).get("events");
    }

    private static boolean to(MimeMessage message, String user) {
        try {
            return message.getAllRecipients()[0].toString().startsWith(user + "@");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JavaMailSenderImpl greenMail() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
