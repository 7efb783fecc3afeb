package org.commitmenttracker.reporting.web.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.register.query.Directory;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * A body's membership over time as a file: one row per dated change (joined, left, suspended, resumed) of every party
 * that has been a member, with the member's status on {@code asOf} and the change's source.
 */
@RestController
class MembershipExportController {

    static final List<String> HEADER = List.of(
            "body",
            "party",
            "status_on_as_of",
            "change",
            "world_date",
            "precision",
            "note",
            "source_title",
            "source_locator",
            "recorded_at",
            "recorded_by");

    private final Directory directory;
    private final ObjectMapper json;

    MembershipExportController(Directory directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json;
    }

    @GetMapping("/api/exports/bodies/{code}/memberships")
    @Operation(summary = "A body's members over time, one row per dated change, as CSV or JSON")
    ResponseEntity<byte[]> export(
            @PathVariable String code,
            @Parameter(description = "csv (default) or json") @RequestParam(required = false) String format,
            @ParameterObject TimeAxes axes) {
        ExportFormat as = ExportFormat.of(format);
        Directory.BodyEntry body = directory.body(code, axes).orElseThrow(() -> new NotRecorded("body", code));
        byte[] content = as == ExportFormat.CSV
                ? new CsvTable(HEADER, rows(body)).bytes()
                : json.writeValueAsBytes(Map.of("body", body, "asOf", axes.asOf(), "knownAt", axes.knownAt()));
        return ResponseEntity.ok()
                .contentType(as.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(as.fileName("memberships-" + code))
                                .build()
                                .toString())
                .body(content);
    }

    private static List<List<?>> rows(Directory.BodyEntry body) {
        List<List<?>> rows = new ArrayList<>();
        for (Directory.Member member : body.members()) {
            for (Directory.MembershipEntry change : member.changes()) {
                Map<String, Object> source = change.source() == null ? Map.of() : change.source();
                rows.add(java.util.Arrays.asList(
                        body.code(),
                        member.party(),
                        member.status(),
                        change.change(),
                        change.worldDate(),
                        change.precision(),
                        change.note(),
                        source.get("title"),
                        source.get("locator"),
                        change.recordedAt(),
                        change.recordedBy()));
            }
        }
        return rows;
    }
}
