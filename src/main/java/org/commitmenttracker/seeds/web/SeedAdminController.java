package org.commitmenttracker.seeds.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.seeds.LoadReport;
import org.commitmenttracker.seeds.SeedLoader;
import org.commitmenttracker.seeds.SeedRecords;
import org.commitmenttracker.seeds.SeedRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin operations: load a seed file sent as the request body (YAML), or load the bundled seeds again (safe: nothing
 * already loaded is added twice). A refused file is a 400 problem naming file, record and field, and nothing from it is
 * recorded.
 */
@RestController
@RequestMapping(path = "/api/admin/seeds", produces = "application/json")
class SeedAdminController {

    private static final String FILE_NAME = "[A-Za-z0-9._-]{1,100}";

    private final SeedLoader loader;

    SeedAdminController(SeedLoader loader) {
        this.loader = loader;
    }

    @PostMapping
    LoadReport load(
            @RequestBody String yaml, @RequestParam(name = "name", defaultValue = "uploaded.yaml") String name) {
        if (!name.matches(FILE_NAME)) {
            throw new SeedRejected(
                    name,
                    SeedRecords.WHOLE_FILE,
                    "name",
                    "the file name may use letters, digits, '.', '_' and '-' only");
        }
        return loader.load(name, yaml);
    }

    @PostMapping("/bundled")
    List<LoadReport> loadBundled() {
        return loader.loadBundled();
    }

    @ExceptionHandler(SeedRejected.class)
    ResponseEntity<ProblemDetail> rejected(SeedRejected rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rejected.getMessage());
        problem.setType(URI.create("https://commitment-tracker.org/problems/seed-rejected"));
        problem.setTitle("Seed file rejected");
        problem.setProperty("file", rejected.file());
        problem.setProperty("record", rejected.record());
        problem.setProperty("field", rejected.field());
        problem.setProperty("reason", rejected.reason());
        problem.setProperty("errors", List.of(Map.of("field", rejected.field(), "reason", rejected.reason())));
        return ResponseEntity.badRequest().body(problem);
    }
}
