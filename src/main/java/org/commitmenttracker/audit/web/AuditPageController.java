package org.commitmenttracker.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.audit.AuditFilter;
import org.commitmenttracker.audit.AuditPage;
import org.commitmenttracker.audit.AuditQueries;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.web.PageParams;
import org.commitmenttracker.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The event log. The page asks for recording days (from the start of "from" to the end of "to", in UTC) where the API
 * takes instants, because that is what a date input gives.
 */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 50;
    static final List<String> EVENT_TYPES = List.of(
            "PartyRegistered",
            "BodyRegistered",
            "MembershipChanged",
            "SessionHeld",
            "DecisionAdopted",
            "ProposalMade",
            "PledgeGiven",
            "StatementMade",
            "StatusChanged",
            "FollowUpRaised",
            "PartyAssessed",
            "ItemLinked",
            "EntryCorrected",
            "SessionCorrected",
            "PartyCorrected",
            "BodyCorrected");

    private final AuditQueries audit;

    AuditPageController(AuditQueries audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String log(@RequestParam Map<String, String> raw, Model model) {
        PageParams params = PageParams.of(raw);
        LocalDate from = params.date("from");
        LocalDate to = params.date("to");
        String type = params.text("type");
        if (type != null && !EVENT_TYPES.contains(type)) {
            type = params.reject("type", "page.error.choice");
        }
        Integer number = params.number("page");
        AuditFilter.Order order = params.choice("order", AuditFilter.Order.class);
        AuditPage page;
        try {
            page = audit.page(new AuditFilter(
                    start(from),
                    to == null ? null : start(to.plusDays(1)),
                    params.text("recordedBy"),
                    params.text("item"),
                    params.text("session"),
                    type,
                    number == null ? 0 : Math.max(0, number),
                    PAGE_SIZE,
                    order));
        } catch (InvalidField refused) {
            params.reject(refused.field(), "page.error.range");
            page = new AuditPage(List.of(), 0, PAGE_SIZE, 0);
        }
        model.addAttribute("params", params);
        model.addAttribute("page", page);
        model.addAttribute("pager", new Pager(page.page(), page.size(), page.total(), "/audit", params));
        model.addAttribute("types", EVENT_TYPES);
        return "audit/list";
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
