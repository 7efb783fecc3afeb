package org.commitmenttracker.item.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.query.ItemFilter;
import org.commitmenttracker.item.query.ItemListRequest;
import org.commitmenttracker.item.query.ItemPage;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ItemQuery;
import org.commitmenttracker.item.query.ItemSort;
import org.commitmenttracker.item.session.SessionQueries;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.web.Htmx;
import org.commitmenttracker.web.PageParams;
import org.commitmenttracker.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The item list with every filter of GET /api/items. A plain GET form, so it works without script; with htmx the form
 * swaps only the results, and the address follows the filters.
 */
@Controller
class ItemListController {

    private static final int PAGE_SIZE = 25;

    private final ItemQueries items;
    private final SessionQueries sessions;

    ItemListController(ItemQueries items, SessionQueries sessions) {
        this.items = items;
        this.sessions = sessions;
    }

    @GetMapping("/items")
    String list(
            @RequestParam Map<String, String> raw,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        PageParams params = PageParams.of(raw);
        LocalDate from = params.date("from");
        LocalDate to = params.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            from = params.reject("from", "page.error.range");
        }
        ItemFilter filter = new ItemFilter(
                params.choice("kind", ItemKind.class),
                params.choice("status", ItemStatus.class),
                params.bool("open"),
                params.bool("overdue"),
                params.text("party"),
                params.text("body"),
                params.text("session"),
                params.text("theme"),
                from,
                to,
                params.text("q"));
        TimeAxes axes = new TimeAxes(params.date("asOf"), params.instant("knownAt"));
        ItemPage page = query(params, filter, axes);
        model.addAttribute("params", params);
        model.addAttribute("page", page);
        model.addAttribute("pager", new Pager(page.page(), page.size(), page.total(), "/items", params));
        model.addAttribute("csv", params.linkWithout("/api/exports/items?format=csv", "page", "size", "format"));
        model.addAttribute("json", params.linkWithout("/api/exports/items?format=json", "page", "size", "format"));
        if (Htmx.partial(request, response)) {
            return "items/list :: results";
        }
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("sorts", ItemSort.values());
        model.addAttribute("sessions", sessions.choices(TimeAxes.now()));
        return "items/list";
    }

    /** Runs the query; a filter the domain still refuses is shown beside the list, not thrown as a 400. */
    private ItemPage query(PageParams params, ItemFilter filter, TimeAxes axes) {
        Integer number = params.number("page");
        ItemSort sort = params.choice("sort", ItemSort.class);
        if (sort == ItemSort.RELEVANCE && filter.q() == null) {
            sort = params.reject("sort", "page.error.relevance");
        }
        ItemSort.SortDirection direction = params.choice("direction", ItemSort.SortDirection.class);
        try {
            ItemListRequest request =
                    new ItemListRequest(number == null ? 0 : Math.max(0, number), PAGE_SIZE, sort, direction);
            return items.page(ItemQuery.of(filter, request, axes));
        } catch (InvalidField refused) {
            params.reject(refused.field(), refused.getMessage());
            return new ItemPage(List.of(), 0, PAGE_SIZE, 0, axes.asOf(), axes.knownAt());
        }
    }
}
