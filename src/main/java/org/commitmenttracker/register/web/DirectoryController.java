package org.commitmenttracker.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.commitmenttracker.register.query.Directory;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The directory of parties and bodies; registering them is {@code POST} on the same paths (recording.web). */
@RestController
@Tag(name = "Directory", description = "Parties and bodies, with the members of each body")
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping(path = "/api/parties", produces = "application/json")
    @Operation(summary = "Every registered party, by code")
    List<Directory.PartyEntry> parties(@ParameterObject TimeAxes axes) {
        return directory.parties(axes);
    }

    @GetMapping(path = "/api/bodies", produces = "application/json")
    @Operation(summary = "Every registered body with its members, by code")
    List<Directory.BodyEntry> bodies(@ParameterObject TimeAxes axes) {
        return directory.bodies(axes);
    }

    @GetMapping(path = "/api/bodies/{code}", produces = "application/json")
    @Operation(summary = "One body with its members; 404 if no body has this code")
    Directory.BodyEntry body(@PathVariable String code, @ParameterObject TimeAxes axes) {
        return directory.body(code, axes).orElseThrow(() -> new NotRecorded("body", code));
    }
}
