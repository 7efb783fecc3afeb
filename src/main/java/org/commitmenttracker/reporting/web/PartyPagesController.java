package org.commitmenttracker.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.query.PositionQueries;
import org.commitmenttracker.register.query.Directory;
import org.commitmenttracker.reporting.scorecard.PartyScorecard;
import org.commitmenttracker.reporting.scorecard.Scorecard;
import org.commitmenttracker.reporting.scorecard.ScorecardFilter;
import org.commitmenttracker.reporting.scorecard.ScorecardPaging;
import org.commitmenttracker.reporting.scorecard.Scorecards;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.web.Charts;
import org.commitmenttracker.web.Labels;
import org.commitmenttracker.web.PageParams;
import org.commitmenttracker.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The scorecard of every party, and of one party, narrowed by body, theme, period and opening dates. */
@Controller
class PartyPagesController {

    private final Scorecards scorecards;
    private final Labels labels;
    private final PositionQueries positions;
    private final Directory directory;

    PartyPagesController(Scorecards scorecards, Labels labels, PositionQueries positions, Directory directory) {
        this.scorecards = scorecards;
        this.labels = labels;
        this.positions = positions;
        this.directory = directory;
    }

    @GetMapping("/parties")
    String all(@RequestParam Map<String, String> raw, Model model) {
        PageParams params = PageParams.of(raw);
        Scorecard scorecard = scorecards.all(filter(params), axes(params), paging(params));
        List<String> statuses = statuses(scorecard.parties().stream()
                .flatMap(line -> line.statusCounts().keySet().stream())
                .toList());
        List<Scorecard.PartyLine> scored = scorecard.parties().stream()
                .filter(line -> line.compliance().scored() > 0)
                .toList();
        Map<String, List<? extends Number>> byStatus = new LinkedHashMap<>();
        statuses.forEach(status -> byStatus.put(
                labels.of("status", status),
                scorecard.parties().stream()
                        .map(line -> line.statusCounts().getOrDefault(status, 0L))
                        .toList()));
        model.addAttribute("params", params);
        model.addAttribute("scorecard", scorecard);
        model.addAttribute(
                "pager", new Pager(scorecard.page(), scorecard.size(), scorecard.itemTotal(), "/parties", params));
        model.addAttribute("statuses", statuses);
        model.addAttribute(
                "assessedParties",
                scorecard.items().stream()
                        .flatMap(item -> item.scores().keySet().stream())
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute(
                "complianceChart",
                Charts.bars(
                        scored.stream().map(Scorecard.PartyLine::code).toList(),
                        scored.stream()
                                .map(line -> line.compliance().percentage())
                                .toList(),
                        labels.text("parties.percentage"),
                        100));
        model.addAttribute(
                "statusChart",
                Charts.stacked(
                        scorecard.parties().stream()
                                .map(Scorecard.PartyLine::code)
                                .toList(),
                        byStatus,
                        true));
        model.addAttribute("periods", AssessmentPeriod.values());
        model.addAttribute("csv", params.linkWithout("/api/exports/scorecard?format=csv", "format"));
        // The report covers one body; the theme and opening dates narrow only this page.
        model.addAttribute(
                "report",
                params.text("body") == null
                        ? null
                        : params.linkWithout("/reports/compliance", "theme", "from", "to", "lang"));
        return "parties/list";
    }

    @GetMapping("/parties/{code}")
    String party(@PathVariable String code, @RequestParam Map<String, String> raw, Model model) {
        PageParams params = PageParams.of(raw);
        PartyScorecard scorecard = scorecards.party(code, filter(params), axes(params), paging(params));
        Map<String, Long> counts = new LinkedHashMap<>();
        statuses(new ArrayList<>(scorecard.statusCounts().keySet()))
                .forEach(status -> counts.put(status, scorecard.statusCounts().get(status)));
        model.addAttribute("params", params);
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "pager",
                new Pager(scorecard.page(), scorecard.size(), scorecard.scoreTotal(), "/parties/" + code, params));
        model.addAttribute(
                "statusChart",
                Charts.counts(
                        "doughnut",
                        counts,
                        status -> labels.of("status", status),
                        status -> params.to("/items", "party", code, "status", status)));
        model.addAttribute("periods", AssessmentPeriod.values());
        model.addAttribute("positions", positions.forParty(code, axes(params)));
        model.addAttribute("memberships", directory.memberships(code, axes(params)));
        return "parties/party";
    }

    /** Item lines by pages of the largest size; a page number that is not one is the first page. */
    private static ScorecardPaging paging(PageParams params) {
        Integer page = params.number("page");
        return new ScorecardPaging(page == null || page < 0 ? 0 : page, null);
    }

    private static ScorecardFilter filter(PageParams params) {
        ScorecardFilter filter = new ScorecardFilter(
                params.text("body"),
                params.text("theme"),
                params.choice("period", AssessmentPeriod.class),
                params.date("from"),
                params.date("to"));
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            params.reject("from", "page.error.range");
            return new ScorecardFilter(filter.body(), filter.theme(), filter.period(), null, filter.to());
        }
        return filter;
    }

    private static TimeAxes axes(PageParams params) {
        return new TimeAxes(params.date("asOf"), params.instant("knownAt"));
    }

    /** The statuses given, in lifecycle order (the enum's), so every table and chart lists them alike. */
    private static List<String> statuses(List<String> present) {
        return Arrays.stream(ItemStatus.values())
                .map(Enum::name)
                .filter(present::contains)
                .toList();
    }
}
