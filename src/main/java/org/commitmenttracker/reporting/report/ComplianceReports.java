package org.commitmenttracker.reporting.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.commitmenttracker.item.query.ItemDetail;
import org.commitmenttracker.item.query.ItemDetails;
import org.commitmenttracker.item.query.ReportedItem;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.register.names.DisplayNames;
import org.commitmenttracker.register.session.SessionHeld;
import org.commitmenttracker.reporting.scorecard.Scorecard;
import org.commitmenttracker.reporting.scorecard.ScorecardFilter;
import org.commitmenttracker.reporting.scorecard.Scorecards;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.stereotype.Component;

/**
 * Puts a report together. The figures come from {@link Scorecards} alone, called in {@link #scorecard} and nowhere
 * else, so the report can never disagree with the scorecard; what it adds is words: names, titles, notes and sources.
 */
@Component
public class ComplianceReports {

    /** The order in which the scorecard picks a party's latest assessment: final over interim, then the later date. */
    private static final Comparator<ItemDetail.Assessment> COUNTED = Comparator.comparing(
                    (ItemDetail.Assessment a) -> "FINAL".equals(a.period()))
            .thenComparing(ItemDetail.Assessment::worldDate)
            .thenComparingLong(ItemDetail.Assessment::version)
            .reversed();

    private final Scorecards scorecards;
    private final ItemDetails details;
    private final Catalogue catalogue;
    private final DisplayNames names;

    ComplianceReports(Scorecards scorecards, ItemDetails details, Catalogue catalogue, DisplayNames names) {
        this.scorecards = scorecards;
        this.details = details;
        this.catalogue = catalogue;
        this.names = names;
    }

    /** The report of a scope as it stood on {@code axes}, worded for {@code locale} (English or Russian). */
    public ComplianceReport report(ReportScope scope, TimeAxes axes, Locale locale) {
        if (!catalogue.bodyExists(scope.body())) {
            throw new InvalidField("body", "no body " + scope.body() + " is registered");
        }
        ComplianceReport.SessionHeading session = session(scope);
        Scorecard scorecard = scorecard(scope, axes);
        boolean russian = "ru".equals(locale.getLanguage());
        List<ComplianceReport.Member> members = scorecard.parties().stream()
                .filter(line -> line.compliance().scored() + line.compliance().notApplicable() > 0)
                .map(line -> new ComplianceReport.Member(line.code(), names.of(line.code(), locale), line.compliance()))
                .toList();
        Map<String, String> memberNames = new HashMap<>();
        members.forEach(member -> memberNames.put(member.code(), member.name()));
        // Every commitment's words in one batch: a read or two per commitment made a large report slow.
        Map<String, ReportedItem> reported = details.forReport(
                scorecard.items().stream().map(Scorecard.ItemLine::id).toList(), axes);
        List<ComplianceReport.Commitment> commitments = scorecard.items().stream()
                .map(line -> commitment(line, reported.get(line.id()), scope, russian, memberNames))
                .toList();
        return new ComplianceReport(
                scope,
                names.of(scope.body(), locale),
                session,
                scorecard,
                members,
                commitments,
                axes.asOf(),
                axes.knownAt());
    }

    /** The one call into the scorecard: its filter is the report's scope, every other narrowing left open. */
    private Scorecard scorecard(ReportScope scope, TimeAxes axes) {
        return scorecards.all(
                new ScorecardFilter(scope.body(), null, scope.period(), null, null, scope.session()), axes);
    }

    private ComplianceReport.SessionHeading session(ReportScope scope) {
        if (scope.session() == null) {
            return null;
        }
        SessionHeld held = catalogue
                .firstEvent(scope.session(), SessionHeld.class)
                .orElseThrow(() -> new InvalidField("session", "no session " + scope.session() + " is recorded"));
        if (!held.body().equals(scope.body())) {
            throw new InvalidField("session", "was held by " + held.body() + ", not by " + scope.body());
        }
        return new ComplianceReport.SessionHeading(held.sessionId(), held.title(), held.worldDate(), held.place());
    }

    private ComplianceReport.Commitment commitment(
            Scorecard.ItemLine line,
            ReportedItem detail,
            ReportScope scope,
            boolean russian,
            Map<String, String> members) {
        List<ComplianceReport.PartyScore> scores = line.scores().entrySet().stream()
                .map(cell -> {
                    Optional<ItemDetail.Assessment> counted = counted(detail, cell.getKey(), scope);
                    return new ComplianceReport.PartyScore(
                            cell.getKey(),
                            members.getOrDefault(cell.getKey(), cell.getKey()),
                            cell.getValue(),
                            counted.map(ItemDetail.Assessment::period).orElse(null),
                            counted.map(ItemDetail.Assessment::worldDate).orElse(null),
                            counted.map(ItemDetail.Assessment::note).orElse(null),
                            counted.map(a -> Sources.of(
                                            detail.assessmentSources().get(a.version())))
                                    .orElse(null));
                })
                .toList();
        String title = russian
                ? Objects.requireNonNullElse(
                        detail.item().titleOriginal(), Objects.requireNonNullElse(detail.summaryRu(), line.title()))
                : line.title();
        String text =
                russian && detail.summaryRu() != null && !detail.summaryRu().equals(title)
                        ? detail.summaryRu()
                        : detail.text();
        return new ComplianceReport.Commitment(
                line,
                title,
                text,
                detail.item().actor(),
                detail.item().openedOn(),
                Sources.of(detail.source()),
                scores,
                detail.evidence().stream().map(ComplianceReport.Evidence::of).toList());
    }

    /**
     * The assessment behind a cell, for its note and source: the one the scorecard counts (same period, same order).
     * The score printed is always the scorecard's own.
     */
    private static Optional<ItemDetail.Assessment> counted(ReportedItem detail, String party, ReportScope scope) {
        return detail.assessments().stream()
                .filter(a -> a.party().equals(party))
                .filter(a -> scope.period() == null || scope.period().name().equals(a.period()))
                .min(COUNTED);
    }
}
