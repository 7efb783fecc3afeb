package org.commitmenttracker.item.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.commitmenttracker.item.query.ItemDetail;
import org.commitmenttracker.item.query.ItemDetails;
import org.commitmenttracker.item.query.ItemFilter;
import org.commitmenttracker.item.query.ItemHistory;
import org.commitmenttracker.item.query.ItemListRequest;
import org.commitmenttracker.item.query.ItemPage;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ItemQuery;
import org.commitmenttracker.item.query.StoredItemEvents;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.web.ETags;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/items", produces = "application/json")
@Tag(name = "Items", description = "Decisions, proposals and pledges as of any date, on both time axes")
class ItemQueryController {

    private final ItemQueries items;
    private final ItemDetails details;
    private final StoredItemEvents events;

    ItemQueryController(ItemQueries items, ItemDetails details, StoredItemEvents events) {
        this.items = items;
        this.details = details;
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Items matching the filters, sorted and paged")
    ItemPage list(
            @ParameterObject ItemFilter filter,
            @ParameterObject ItemListRequest request,
            @ParameterObject TimeAxes axes) {
        return items.page(ItemQuery.of(filter, request, axes));
    }

    @GetMapping("/{itemId}")
    @Operation(summary = "An item's facts, follow-ups, assessments and links; the ETag is its version (for If-Match)")
    ResponseEntity<ItemDetail> detail(@PathVariable String itemId, @ParameterObject TimeAxes axes) {
        ItemDetail detail = details.find(itemId, axes);
        return ResponseEntity.ok().eTag(ETags.of(detail.item().version())).body(detail);
    }

    @GetMapping("/{itemId}/history")
    @Operation(summary = "The item's ordered event history in words, with status before and after and corrections")
    ItemHistory history(@PathVariable String itemId, @ParameterObject TimeAxes axes) {
        return events.history(itemId, axes);
    }
}
