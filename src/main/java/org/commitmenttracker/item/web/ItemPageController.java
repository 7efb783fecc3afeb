package org.commitmenttracker.item.web;

import java.util.Map;
import org.commitmenttracker.item.query.ItemDetail;
import org.commitmenttracker.item.query.ItemDetails;
import org.commitmenttracker.item.query.ItemHistory;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.StoredItemEvents;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.web.PageParams;
import org.commitmenttracker.web.ReadModels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One item: facts, status timeline, follow-up chain, evidence, links, assessments and the full history. The record
 * forms come back here after a change, so unless an earlier knownAt is asked for, the page first waits until the read
 * model holds the version in the event store.
 */
@Controller
class ItemPageController {

    private final Catalogue catalogue;
    private final ItemQueries items;
    private final ItemDetails details;
    private final StoredItemEvents events;

    ItemPageController(Catalogue catalogue, ItemQueries items, ItemDetails details, StoredItemEvents events) {
        this.catalogue = catalogue;
        this.items = items;
        this.details = details;
        this.events = events;
    }

    @GetMapping("/items/{itemId}")
    String item(@PathVariable String itemId, @RequestParam Map<String, String> raw, Model model) {
        if (catalogue
                .find(itemId)
                .filter(known -> known.aggregateType().equals("Item"))
                .isEmpty()) {
            throw new NotRecorded("item", itemId);
        }
        long stored = catalogue.latest(itemId).orElseThrow().version();
        PageParams params = PageParams.of(raw);
        TimeAxes asked = new TimeAxes(params.date("asOf"), params.instant("knownAt"));
        boolean latest = params.text("knownAt") == null;
        boolean caughtUp = !latest || ReadModels.await(() -> projected(itemId) >= stored);
        model.addAttribute("params", params);
        model.addAttribute("itemId", itemId);
        model.addAttribute("behind", !caughtUp);
        try {
            // Taken after the wait: "now" must include what the read model has just caught up with.
            TimeAxes axes = latest ? new TimeAxes(asked.asOf(), null) : asked;
            ItemDetail detail = details.find(itemId, axes);
            ItemHistory history = events.history(itemId, axes);
            model.addAttribute("view", ItemPageView.of(detail, history));
            model.addAttribute("item", detail.item());
            return "items/item";
        } catch (NotRecorded notYet) {
            return "items/pending";
        }
    }

    /** The item's version in the read model, -1 while it has none. */
    private long projected(String itemId) {
        return items.row(itemId, new TimeAxes(ReadModels.EVERY_DATE, null))
                .map(row -> row.version())
                .orElse(-1L);
    }
}
