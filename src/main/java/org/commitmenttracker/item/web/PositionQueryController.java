package org.commitmenttracker.item.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.commitmenttracker.item.query.Position;
import org.commitmenttracker.item.query.PositionQueries;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Party positions read on their own: one party's across items, one item's across parties. */
@RestController
@Tag(name = "Positions", description = "Who signed, declined, abstained, joined later or withdrew, as of any date")
class PositionQueryController {

    private final PositionQueries positions;

    PositionQueryController(PositionQueries positions) {
        this.positions = positions;
    }

    @GetMapping(path = "/api/parties/{code}/positions", produces = "application/json")
    @Operation(summary = "A party's positions on items; current marks its latest on each item")
    List<Position> party(@PathVariable String code, @ParameterObject TimeAxes axes) {
        return positions.forParty(code, axes);
    }

    @GetMapping(path = "/api/items/{itemId}/positions", produces = "application/json")
    @Operation(summary = "Every party's positions on one item")
    List<Position> item(@PathVariable String itemId, @ParameterObject TimeAxes axes) {
        return positions.forItem(itemId, axes);
    }
}
