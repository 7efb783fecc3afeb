package org.commitmenttracker.recording.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.commitmenttracker.item.AttachEvidence;
import org.commitmenttracker.item.EvidenceBearing;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** The body of POST /api/items/{itemId}/evidence; the item id and version come from the path and If-Match. */
@Schema(requiredProperties = {"bearing", "worldDate", "source"})
record AttachEvidenceRequest(
        @Schema(example = "CONTRADICTS") EvidenceBearing bearing,

        @Schema(example = "The ministry reports that the centre has not opened")
        String note,

        WorldDate worldDate,
        Source source) {

    AttachEvidence command(String itemId, Long expectedVersion) {
        return new AttachEvidence(itemId, expectedVersion, bearing, note, worldDate, source);
    }
}
