package org.commitmenttracker.reporting.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.commitmenttracker.item.Compliance;

/**
 * The G7/G20 Research Group average of a set of scores. The mean leaves n/a out of the denominator and is shown to two
 * decimals; the percentage, (mean + 1) / 2 × 100, is computed from the exact mean as (sum + n) × 50 / n and rounded
 * half-up to a whole percent, so a mean of 0.25 gives 63 %, never banker's 62 %. Both are null when nothing was scored.
 */
public record ComplianceAverage(int scored, int notApplicable, BigDecimal average, BigDecimal percentage) {

    public static ComplianceAverage of(Collection<Compliance> scores) {
        int scored = 0;
        int notApplicable = 0;
        long sum = 0;
        for (Compliance score : scores) {
            if (score.score() == null) {
                notApplicable++;
            } else {
                scored++;
                sum += score.score();
            }
        }
        return of(scored, notApplicable, sum);
    }

    /** From counts already tallied: {@code scored} scores summing to {@code sum}, and the n/a cells. */
    public static ComplianceAverage of(long scoredCells, long notApplicableCells, long sum) {
        int scored = Math.toIntExact(scoredCells);
        int notApplicable = Math.toIntExact(notApplicableCells);
        if (scored == 0) {
            return new ComplianceAverage(0, notApplicable, null, null);
        }
        BigDecimal count = BigDecimal.valueOf(scored);
        BigDecimal average = BigDecimal.valueOf(sum).divide(count, 2, RoundingMode.HALF_UP);
        BigDecimal percentage = BigDecimal.valueOf((sum + scored) * 50).divide(count, 0, RoundingMode.HALF_UP);
        return new ComplianceAverage(scored, notApplicable, average, percentage);
    }
}
