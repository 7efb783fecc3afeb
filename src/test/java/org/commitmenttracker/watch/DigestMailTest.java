package org.commitmenttracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * E-mail digests through a real SMTP server (GreenMail, in process). The shared application runs without
 * spring.mail.host, so it has no sender at all; the test builds the sender the configuration would build, pointed at
 * GreenMail, from the application's own beans.
 */
class DigestMailTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MailDigests digests;

    @Autowired
    WatchedChanges changes;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationContext context;

    @Test
    void eachSubscriberGetsWhatChangedOnceInTheirLanguage() throws Exception {
        World world = new World(api);
        String party = world.party("KGZ");
        String body = world.body("CSC", List.of(party));
        String session = world.session(body, "2024-05-01", party, map());
        String pledge = world.pledge(session, party, "2024-05-01", map("title", "Open a border post"));
        Projections.awaitCaughtUp(api);
        String english = user(party);
        String russian = user(party);
        digests.subscribe(english, english + "@example.org", "en");
        digests.subscribe(russian, russian + "@example.org", "ru");
        world.status(pledge, "IN_PROGRESS", "2024-06-01");
        Projections.awaitCaughtUp(api);

        DigestMailer mailer = new DigestMailer(
                digests, changes, greenMail(), messages, "tracker@example.org", "http://tracker.example.org");
        mailer.sendDue();
        List<MimeMessage> first = to(english, russian);
        assertThat(first).hasSize(2);
        MimeMessage en = sentTo(first, english);
        assertThat(en.getSubject()).isEqualTo("Commitment Tracker: 1 changes in what you follow");
        assertThat(GreenMailUtil.getBody(en))
                .contains("Recorded since your last digest")
                .contains("http://tracker.example.org/items/" + pledge);
        MimeMessage ru = sentTo(first, russian);
        assertThat(ru.getSubject()).startsWith("Реестр обязательств");

        mailer.sendDue();
        assertThat(to(english, russian)).as("nothing is sent twice").hasSize(2);

        world.status(pledge, "FULFILLED", "2024-07-01");
        Projections.awaitCaughtUp(api);
        mailer.sendDue();
        assertThat(to(english, russian)).hasSize(4);
    }

    @Test
    void withoutAMailServerNothingIsAttemptedAndTheWebDigestStillWorks() {
        assertThat(context.getBeanProvider(DigestMailer.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .isNull();
        assertThat(api.get("/watch/tokens").body()).contains("no mail server configured");
        assertThat(api.get("/watch").statusCode()).isEqualTo(200);
    }

    @Test
    void theDigestSubscriptionIsKeptThroughTheApiAsOnThePage() {
        HttpResponse<String> refused = send("PUT", "{\"email\": \"not an address\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"email\"");
        HttpResponse<String> subscribed = send("PUT", "{\"email\": \"admin@example.org\", \"language\": \"ru\"}");
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(200);
        assertThat(api.get("/api/me/mail-digest").body())
                .contains("\"email\":\"admin@example.org\"", "\"language\":\"ru\"", "\"mailConfigured\":false");
        assertThat(api.get("/watch/tokens").body()).contains("admin@example.org");
        assertThat(send("DELETE", null).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/me/mail-digest").statusCode()).isEqualTo(404);
        assertThat(send("DELETE", null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String method, String json) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/me/mail-digest"))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private JavaMailSender greenMail() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** Mail for this test's users: other tests' subscribers may share the database. */
    private static List<MimeMessage> to(String... users) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message ->
                        Arrays.stream(users).anyMatch(user -> recipient(message).startsWith(user + "@")))
                .toList();
    }

    private static MimeMessage sentTo(List<MimeMessage> messages, String user) {
        return messages.stream()
                .filter(message -> recipient(message).startsWith(user + "@"))
                .findFirst()
                .orElseThrow();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String user(String party) {
        String name = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "mail-password-" + UUID.randomUUID();
        assertThat(api.post("/api/admin/users", """
                        {"username": "%s", "password": "%s", "role": "VIEWER"}""".formatted(name, password)).statusCode())
                .isEqualTo(201);
        assertThat(anonymous
                        .as(name, password)
                        .post("/api/me/watches", """
                                {"kind": "PARTY", "target": "%s"}""".formatted(party))
                        .statusCode())
                .isEqualTo(201);
        return name;
    }
}
