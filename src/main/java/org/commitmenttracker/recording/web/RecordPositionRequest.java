package org.commitmenttracker.recording.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.commitmenttracker.item.PartyPosition;
import org.commitmenttracker.item.RecordPosition;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** The body of POST /api/items/{itemId}/positions; the item id and version come from the path and If-Match. */
@Schema(requiredProperties = {"party", "position", "worldDate", "source"})
record RecordPositionRequest(
        @Schema(description = "A registered party, never a body", example = "ARM")
        String party,

        @Schema(example = "DECLINED_TO_SIGN") PartyPosition position,

        @Schema(description = "The session it was taken at: the item's own or a later one; absent between sessions")
        String sessionId,

        @Schema(example = "Disagreed with the assessment of the border incident")
        String reason,

        WorldDate worldDate,
        Source source) {

    RecordPosition command(String itemId, Long expectedVersion) {
        return new RecordPosition(itemId, expectedVersion, party, position, sessionId, reason, worldDate, source);
    }
}
