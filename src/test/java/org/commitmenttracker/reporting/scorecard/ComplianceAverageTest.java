package org.commitmenttracker.reporting.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.item.Compliance.FULL;
import static org.commitmenttracker.item.Compliance.NON_COMPLIANCE;
import static org.commitmenttracker.item.Compliance.NOT_APPLICABLE;
import static org.commitmenttracker.item.Compliance.PARTIAL;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic alone, at the points where rounding rules disagree. */
class ComplianceAverageTest {

    @Test
    void givenMeanOfAQuarter_thenPercentageRoundsHalfUpTo63() {
        ComplianceAverage average = ComplianceAverage.of(List.of(FULL, PARTIAL, PARTIAL, PARTIAL, NOT_APPLICABLE));
        assertThat(average.average()).isEqualByComparingTo("0.25");
        assertThat(average.percentage()).isEqualByComparingTo("63");
        assertThat(average.notApplicable()).isEqualTo(1);
    }

    @Test
    void givenMeanOfMinusOneEighth_thenAverageRoundsAwayFromZero() {
        ComplianceAverage average = ComplianceAverage.of(
                List.of(NON_COMPLIANCE, PARTIAL, PARTIAL, PARTIAL, PARTIAL, PARTIAL, PARTIAL, PARTIAL));
        assertThat(average.average()).isEqualByComparingTo("-0.13");
        assertThat(average.percentage()).isEqualByComparingTo("44");
    }

    @Test
    void givenOnlyNotApplicable_thenNoAverage() {
        ComplianceAverage average = ComplianceAverage.of(List.of(NOT_APPLICABLE, NOT_APPLICABLE));
        assertThat(average.average()).isNull();
        assertThat(average.percentage()).isNull();
        assertThat(average.scored()).isZero();
    }
}
