package org.commitmenttracker.recording.web;

import org.commitmenttracker.recording.CommandPreconditions;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.Recorded;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records a whole compliance table in one call, all or nothing; with an Idempotency-Key a retry records nothing new.
 * The answer's id names the table and its version is the number of assessments recorded.
 */
@RestController
class AssessmentTableController {

    private final AssessmentCells cells;
    private final CommandRecorder recorder;

    AssessmentTableController(AssessmentCells cells, CommandRecorder recorder) {
        this.cells = cells;
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/assessment-tables", produces = "application/json")
    ResponseEntity<Recorded> record(@CommandBody AssessmentTable table, CommandPreconditions preconditions) {
        return recorder.recordAll(preconditions, preconditions.newId(), cells.commands(table));
    }
}
