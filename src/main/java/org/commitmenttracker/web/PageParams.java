package org.commitmenttracker.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query parameters of a page's filter form, read leniently: a value that cannot be read is noted beside its field
 * and ignored, so the page still shows everything else instead of a 400. Error texts are message keys (page.error.*)
 * or, from the domain, plain reasons.
 */
public final class PageParams {

    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** Values as the JSON API writes them (an instant with its zone), for links to /api/exports. */
    private final Map<String, String> canonical = new java.util.HashMap<>();

    private PageParams(Map<String, String> raw) {
        raw.forEach((name, value) -> {
            if (value != null && !value.isBlank() && !name.equals("lang")) {
                values.put(name, value.strip());
            }
        });
    }

    public static PageParams of(Map<String, String> raw) {
        return new PageParams(raw);
    }

    public String text(String name) {
        return values.get(name);
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = values.get(name);
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return reject(name, "page.error.choice");
        }
    }

    public LocalDate date(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            return reject(name, "page.error.date");
        }
    }

    /** An instant written as in a datetime-local input (taken as UTC) or in full ISO 8601. */
    public Instant instant(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            Instant instant = value.endsWith("Z") || value.contains("+")
                    ? Instant.parse(value)
                    : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            canonical.put(name, instant.toString());
            return instant;
        } catch (DateTimeParseException unreadable) {
            return reject(name, "page.error.instant");
        }
    }

    public Boolean bool(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> reject(name, "page.error.choice");
        };
    }

    public Integer number(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException unreadable) {
            return reject(name, "page.error.number");
        }
    }

    /** Notes why a field was ignored; returns null so parsers can answer with it. */
    public <T> T reject(String name, String reason) {
        errors.putIfAbsent(name, reason);
        values.remove(name);
        return null;
    }

    public Map<String, String> values() {
        return values;
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** This page's address with one parameter set (or removed when value is null), e.g. for paging links. */
    public String link(String path, String name, Object value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        values.forEach((key, v) -> {
            if (!key.equals(name)) {
                uri.queryParam(key, v);
            }
        });
        if (value != null) {
            uri.queryParam(name, value);
        }
        return uri.encode().build().toUriString();
    }

    /**
     * Another page, given some parameters (name, value, name, value …) and carrying this page's own, e.g. from the
     * dashboard of one body to that body's open items of one status.
     */
    public String to(String path, String... pairs) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        java.util.Set<String> given = new java.util.HashSet<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            uri.queryParam(pairs[i], pairs[i + 1]);
            given.add(pairs[i]);
        }
        values.forEach((key, v) -> {
            if (!given.contains(key) && !key.equals("page")) {
                uri.queryParam(key, v);
            }
        });
        return uri.encode().build().toUriString();
    }

    /**
     * An address of the JSON API with the same parameters except those named, e.g. the export of the same filters.
     * Instants are written as the API reads them, not as the datetime input gave them.
     */
    public String linkWithout(String path, String... dropped) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(path);
        java.util.Set<String> drop = java.util.Set.of(dropped);
        values.forEach((key, v) -> {
            if (!drop.contains(key)) {
                uri.queryParam(key, canonical.getOrDefault(key, v));
            }
        });
        return uri.encode().build().toUriString();
    }
}
