package org.commitmenttracker.reporting.web.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commitmenttracker.reporting.report.ComplianceReport;
import org.commitmenttracker.reporting.report.ComplianceReports;
import org.commitmenttracker.reporting.report.ReportScope;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.web.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * {@code GET /reports/compliance?body=&period=INTERIM|FINAL|LATEST&session=&asOf=&knownAt=} as a page, and the same
 * report at {@code /reports/compliance.pdf}. Both render one template outside the MVC view machinery, so the PDF is the
 * page's own HTML; the language is the interface's ({@code ?lang=ru}, the cookie, or Accept-Language).
 */
@Controller
class ComplianceReportController {

    private static final String TEMPLATE = "reports/compliance";

    private final ComplianceReports reports;
    private final ITemplateEngine templates;
    private final ReportPdf pdf;

    ComplianceReportController(ComplianceReports reports, ITemplateEngine templates, ReportPdf pdf) {
        this.reports = reports;
        this.templates = templates;
        this.pdf = pdf;
    }

    @GetMapping("/reports/compliance")
    ResponseEntity<String> page(
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String session,
            TimeAxes axes) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html(ReportScope.of(body, period, session), axes, false));
    }

    @GetMapping("/reports/compliance.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String session,
            TimeAxes axes) {
        ReportScope scope = ReportScope.of(body, period, session);
        byte[] document = pdf.render(html(scope, axes, true));
        String name = "compliance-" + scope.body() + "-" + scope.periodName().toLowerCase(Locale.ROOT)
                + (scope.session() == null ? "" : "-" + scope.session()) + "-" + axes.asOf() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(document);
    }

    private String html(ReportScope scope, TimeAxes axes, boolean printed) {
        Locale locale = LocaleContextHolder.getLocale();
        ComplianceReport report = reports.report(scope, axes, locale);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("report", report);
        model.put("fmt", new Formats());
        model.put("printed", printed);
        model.put("chart", ComplianceBars.of(report.members()));
        model.put("links", links(scope, axes));
        return templates.process(TEMPLATE, new Context(locale, model));
    }

    /** The page's own links: the PDF, the other language, and the scorecard of the same scope. */
    private static Map<String, String> links(ReportScope scope, TimeAxes axes) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance()
                .queryParam("body", scope.body())
                .queryParam("period", scope.periodName());
        if (scope.session() != null) {
            query.queryParam("session", scope.session());
        }
        query.queryParam("asOf", axes.asOf()).queryParam("knownAt", axes.knownAt());
        String parameters = query.build().encode().getQuery();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("pdf", "/reports/compliance.pdf?" + parameters);
        links.put("en", "/reports/compliance?" + parameters + "&lang=en");
        links.put("ru", "/reports/compliance?" + parameters + "&lang=ru");
        String scorecard = "/parties?body=" + scope.body()
                + (scope.period() == null ? "" : "&period=" + scope.period().name());
        links.put(
                "scorecard",
                UriComponentsBuilder.fromUriString(scorecard).build().encode().toUriString());
        return links;
    }

    /** A horizontal bar per member, its length the compliance percentage; members with nothing scored are omitted. */
    record ComplianceBars(List<Bar> bars) {

        record Bar(String code, String name, int percentage) {}

        static ComplianceBars of(List<ComplianceReport.Member> members) {
            return new ComplianceBars(members.stream()
                    .filter(member -> member.compliance().percentage() != null)
                    .map(member -> new Bar(
                            member.code(),
                            member.name(),
                            member.compliance().percentage().intValue()))
                    .toList());
        }
    }
}
