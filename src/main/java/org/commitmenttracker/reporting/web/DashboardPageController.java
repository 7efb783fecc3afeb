package org.commitmenttracker.reporting.web;

import java.util.Map;
import org.commitmenttracker.item.query.SessionOutcomes;
import org.commitmenttracker.reporting.dashboard.Dashboard;
import org.commitmenttracker.reporting.dashboard.DashboardQueries;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.watch.Deadlines;
import org.commitmenttracker.web.Charts;
import org.commitmenttracker.web.Labels;
import org.commitmenttracker.web.PageParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The first page a monitor sees: what is open, what is late, what keeps being raised, what just changed. */
@Controller
class DashboardPageController {

    private static final int TOP = 10;

    private final DashboardQueries dashboards;
    private final Labels labels;
    private final SessionOutcomes outcomes;
    private final Deadlines deadlines;

    DashboardPageController(DashboardQueries dashboards, Labels labels, SessionOutcomes outcomes, Deadlines deadlines) {
        this.dashboards = dashboards;
        this.labels = labels;
        this.outcomes = outcomes;
        this.deadlines = deadlines;
    }

    @GetMapping("/")
    String dashboard(@RequestParam Map<String, String> raw, Model model) {
        PageParams params = PageParams.of(raw);
        String body = params.text("body");
        TimeAxes axes = new TimeAxes(params.date("asOf"), params.instant("knownAt"));
        Dashboard figures = dashboards.figures(body, TOP, axes);
        model.addAttribute("params", params);
        model.addAttribute("dashboard", figures);
        model.addAttribute(
                "statusChart",
                Charts.counts(
                        "doughnut",
                        figures.openByStatus(),
                        status -> labels.of("status", status),
                        status -> params.to("/items", "open", "true", "status", status)));
        model.addAttribute(
                "kindChart",
                Charts.counts(
                        "pie",
                        figures.openByKind(),
                        kind -> labels.of("kind", kind),
                        kind -> params.to("/items", "open", "true", "kind", kind)));
        model.addAttribute(
                "themeChart",
                Charts.counts(
                        "bar",
                        figures.openByTheme(),
                        theme -> theme,
                        theme -> params.to("/items", "open", "true", "theme", theme)));
        model.addAttribute(
                "partyChart",
                Charts.counts(
                        "bar",
                        figures.openByParty(),
                        party -> party,
                        party -> params.to("/items", "open", "true", "party", party)));
        model.addAttribute("outcomes", outcomes.forBody(body, 30, axes));
        // The watch module's rule (month and year due dates count from their last day), not a second copy of it; the
        // overdue items are the figures' own.
        model.addAttribute("deadlines", deadlines.across(body, axes, TOP, figures.overdue(), figures.overdueItems()));
        model.addAttribute("deadlinesShown", TOP);
        return "dashboard/index";
    }
}
