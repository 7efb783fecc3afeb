package org.commitmenttracker.reporting.web.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.query.Position;
import org.commitmenttracker.item.query.PositionQueries;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** Party positions as a file: one party's, one session's (who did not sign what) or one item's. */
@RestController
class PositionExportController {

    static final List<String> HEADER = List.of(
            "item_id",
            "item_title",
            "party",
            "position",
            "current",
            "on_board",
            "session_id",
            "world_date",
            "reason",
            "source_title",
            "source_locator",
            "version");

    private final PositionQueries positions;
    private final ObjectMapper json;

    PositionExportController(PositionQueries positions, ObjectMapper json) {
        this.positions = positions;
        this.json = json;
    }

    @GetMapping("/api/exports/positions")
    @Operation(summary = "Party positions of one party, one session or one item, as CSV or JSON")
    ResponseEntity<byte[]> export(
            @Parameter(description = "csv (default) or json") @RequestParam(required = false) String format,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String session,
            @RequestParam(required = false) String item,
            @ParameterObject TimeAxes axes) {
        ExportFormat as = ExportFormat.of(format);
        List<Position> rows;
        if (party != null) {
            rows = positions.forParty(party, axes);
        } else if (session != null) {
            rows = positions.forSession(session, axes);
        } else if (item != null) {
            rows = positions.forItem(item, axes);
        } else {
            throw new InvalidField("party", "name a party, a session or an item");
        }
        byte[] content = as == ExportFormat.CSV
                ? new CsvTable(
                                HEADER,
                                rows.stream()
                                        .map(PositionExportController::cells)
                                        .toList())
                        .bytes()
                : json.writeValueAsBytes(Map.of("positions", rows, "asOf", axes.asOf(), "knownAt", axes.knownAt()));
        return ResponseEntity.ok()
                .contentType(as.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(as.fileName("positions"))
                                .build()
                                .toString())
                .body(content);
    }

    private static List<?> cells(Position p) {
        return java.util.Arrays.asList(
                p.itemId(),
                p.itemTitle(),
                p.party(),
                p.position(),
                p.current(),
                p.onBoard(),
                p.sessionId(),
                p.worldDate(),
                p.reason(),
                p.source().path("title").asString(),
                p.source().path("locator").asString(),
                p.version());
    }
}
