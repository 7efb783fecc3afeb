package org.commitmenttracker.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.commitmenttracker.shared.provenance.RegisterDates;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads every date and instant in a query parameter (asOf, knownAt, from, to, on pages and API alike) and refuses those
 * outside the register's span (RegisterDates). Registered after Spring's own formatters, so these are the ones
 * used, @DateTimeFormat fields included; a refusal is a binding failure, answered 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class QueryDates implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                LocalDate date = LocalDate.from(DateTimeFormatter.ISO_DATE.parse(text.strip()));
                return inRange(date, RegisterDates.contains(date));
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
        registry.addFormatterForFieldType(Instant.class, new Formatter<Instant>() {
            @Override
            public Instant parse(String text, Locale locale) {
                Instant instant = Instant.parse(text.strip());
                return inRange(instant, RegisterDates.contains(instant));
            }

            @Override
            public String print(Instant instant, Locale locale) {
                return instant.toString();
            }
        });
    }

    private static <T> T inRange(T value, boolean contained) {
        if (!contained) {
            throw new DateTimeException(value + " is not " + RegisterDates.RANGE);
        }
        return value;
    }
}
