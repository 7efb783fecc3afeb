package org.commitmenttracker.watch;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The e-mail digest sender, only when a mail server is configured; Spring Boot makes the JavaMailSender from it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailDigestConfig {

    @Bean
    DigestMailer digestMailer(
            MailDigests digests,
            WatchedChanges changes,
            JavaMailSender mail,
            MessageSource messages,
            @Value("${tracker.watch.mail-from:tracker@localhost}") String from,
            @Value("${tracker.watch.site-url:http://localhost:8080}") String site) {
        return new DigestMailer(digests, changes, mail, messages, from, site);
    }
}
