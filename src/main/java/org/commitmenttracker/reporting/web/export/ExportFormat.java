package org.commitmenttracker.reporting.web.export;

import org.commitmenttracker.shared.refusal.InvalidField;
import org.springframework.http.MediaType;

/** csv or json, written either way in the format parameter. */
enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ExportFormat of(String value) {
        if (value == null || value.isBlank()) {
            return CSV;
        }
        return switch (value.strip().toLowerCase()) {
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> throw new InvalidField("format", "must be csv or json");
        };
    }

    MediaType mediaType() {
        return MediaType.parseMediaType(mediaType);
    }

    String fileName(String name) {
        return name + "." + extension;
    }
}
