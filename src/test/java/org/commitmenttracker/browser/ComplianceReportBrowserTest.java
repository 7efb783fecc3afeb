package org.commitmenttracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;

/** A monitor goes from the scorecard page to the compliance report, reads its table and downloads the PDF. */
class ComplianceReportBrowserTest extends BrowserTest {

    @Test
    void theScorecardLeadsToTheReportAndItsPdf() {
        World world = new World(api);
        String rus = world.party("RUS");
        String arm = world.party("ARM");
        String body = world.body("CSC", List.of(rus, arm));
        String session = world.session(body, "2022-01-10", arm, Map.of());
        String decision = world.decision(
                session, body, "2022-01-10", World.map("title", "Hold joint exercises", "binds", List.of(rus, arm)));
        world.assess(decision, rus, "FINAL", "+1", "2022-12-01");
        world.assess(decision, arm, "FINAL", "-1", "2022-12-01");
        Projections.awaitCaughtUp(api);

        signInAt("/parties?body=" + body + "&period=FINAL", ADMIN, ADMIN_PASSWORD);
        page.locator("#report-link").click();
        page.waitForURL(address -> address.contains("/reports/compliance"));
        assertThat(page.locator("#summary")).containsText("Hold joint exercises");
        assertThat(page.locator("#summary")).containsText(rus);
        assertThat(page.locator("#summary")).containsText(arm);
        String pdf = page.locator("a[href*='compliance.pdf']").first().getAttribute("href");
        APIResponse download = page.request().get(pdf.startsWith("http") ? pdf : url(pdf));
        org.assertj.core.api.Assertions.assertThat(download.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(download.headers().get("content-type"))
                .startsWith("application/pdf");
        org.assertj.core.api.Assertions.assertThat(new String(download.body(), 0, 5))
                .isEqualTo("%PDF-");
        screenshot("compliance-report");
    }
}
