package org.commitmenttracker.recording.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * A published compliance table (items × parties) recorded in one request: one assessment per filled cell, all with the
 * table's period, date, source and note. The cells come either as {@code rows} or as {@code csv}, whose header row
 * names the parties after a first column of item ids: {@code item,ARM,BLR} then {@code <item id>,+1,n/a}. A cell holds
 * +1, 0, -1 or n/a; an empty cell assesses nothing.
 */
public record AssessmentTable(
        @NotNull AssessmentPeriod period,
        @Size(max = 4000) String note,
        @Valid @NotNull WorldDate worldDate,
        @Valid @NotNull Source source,
        @Size(max = 2000) List<@Valid @NotNull AssessmentRow> rows,
        @Size(max = 500_000) String csv) {

    /** The most cells one table may hold: one transaction records them all, within the register's time limits. */
    static final int MAX_CELLS = 5000;

    /** One item's line: scores by party code. */
    public record AssessmentRow(
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String item,

            @NotNull Map<String, String> scores) {}
}
