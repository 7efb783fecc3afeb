package org.commitmenttracker.reporting.web.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.commitmenttracker.item.query.ItemFilter;
import org.commitmenttracker.item.query.ItemListRequest;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.session.SessionView;
import org.commitmenttracker.item.session.SessionViews;
import org.commitmenttracker.reporting.scorecard.Scorecard;
import org.commitmenttracker.reporting.scorecard.ScorecardFilter;
import org.commitmenttracker.reporting.scorecard.Scorecards;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api/exports")
@Tag(name = "Exports", description = "Items, a session view and the scorecard as CSV (UTF-8, header row) or JSON files")
class ExportController {

    private static final String FORMAT = "csv (default) or json";

    private final ItemQueries items;
    private final SessionViews sessions;
    private final Scorecards scorecards;
    private final ObjectMapper json;

    ExportController(ItemQueries items, SessionViews sessions, Scorecards scorecards, ObjectMapper json) {
        this.items = items;
        this.sessions = sessions;
        this.scorecards = scorecards;
        this.json = json;
    }

    @GetMapping("/items")
    @Operation(summary = "Every item matching the item-list filters, unpaged")
    ResponseEntity<byte[]> items(
            @Parameter(description = FORMAT) @RequestParam(required = false) String format,
            @ParameterObject ItemFilter filter,
            @ParameterObject ItemListRequest order,
            @ParameterObject TimeAxes axes) {
        ExportFormat as = ExportFormat.of(format);
        var rows = items.all(filter, order, axes);
        return file(
                as,
                "items",
                as == ExportFormat.CSV
                        ? ItemCsv.table(rows).bytes()
                        : json.writeValueAsBytes(
                                Map.of("items", rows, "asOf", axes.asOf(), "knownAt", axes.knownAt())));
    }

    @GetMapping("/sessions/{sessionId}")
    @Operation(summary = "One session view")
    ResponseEntity<byte[]> session(
            @PathVariable String sessionId,
            @Parameter(description = FORMAT) @RequestParam(required = false) String format,
            @ParameterObject TimeAxes axes) {
        ExportFormat as = ExportFormat.of(format);
        // Every item of every list: an export has no pages (the view's default page is 50 per list).
        SessionView view = sessions.whole(sessionId, axes);
        return file(
                as,
                "session-" + sessionId,
                as == ExportFormat.CSV ? SessionCsv.table(view).bytes() : json.writeValueAsBytes(view));
    }

    @GetMapping("/scorecard")
    @Operation(summary = "The scorecard of all parties")
    ResponseEntity<byte[]> scorecard(
            @Parameter(description = FORMAT) @RequestParam(required = false) String format,
            @ParameterObject ScorecardFilter filter,
            @ParameterObject TimeAxes axes) {
        ExportFormat as = ExportFormat.of(format);
        Scorecard scorecard = scorecards.all(filter, axes);
        return file(
                as,
                "scorecard",
                as == ExportFormat.CSV ? ScorecardCsv.table(scorecard).bytes() : json.writeValueAsBytes(scorecard));
    }

    private static ResponseEntity<byte[]> file(ExportFormat format, String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(format.fileName(name))
                                .build()
                                .toString())
                .body(content);
    }
}
