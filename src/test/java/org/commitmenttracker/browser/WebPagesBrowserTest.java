package org.commitmenttracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monitors' pages in a real browser, signed in through the login form, against the running application on a real
 * database. Each test takes screenshots into target/screenshots.
 */
class WebPagesBrowserTest extends BrowserTest {

    private ItemScenario scenario;

    @BeforeEach
    void register() {
        scenario = ItemScenario.shared(api);
    }

    @Test
    void theDashboardDrawsItsChartsWithChartJsAtLaptopAndPhoneWidths() {
        signInAt("/?body=" + scenario.council, ADMIN, ADMIN_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard")))
                .isVisible();
        for (String chart : List.of("chart-status", "chart-theme", "chart-party")) {
            assertThat(drawnBars(chart))
                    .as(chart + ": Chart.js drew it, with data")
                    .isPositive();
        }
        assertThat(Integer.parseInt(page.locator("#open-count").innerText())).isPositive();
        assertThat(page.locator("#overdue")).containsText("Withdraw the peacekeeping contingent");
        screenshot("dashboard-laptop");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(drawnBars("chart-status")).isPositive();
        assertThat(canvasWidth("chart-status")).isBetween(1.0, 390.0);
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
                .as("nothing sticks out sideways on a phone")
                .isLessThanOrEqualTo(390);
        screenshot("dashboard-phone");
    }

    @Test
    void itemsAreFilteredInPlaceAndFoundByARussianWordOfAnotherForm() {
        signInAt("/items", ADMIN, ADMIN_PASSWORD);
        page.evaluate("() => window.stillTheSamePage = true");
        page.getByLabel("Party (code)").fill(scenario.rus);
        page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption("PLEDGE");
        assertThat(page.locator("#result-count")).hasText("2 items");
        assertThat(page.locator("#results")).containsText("Withdraw the peacekeeping contingent");
        assertThat(page.locator("#results")).not().containsText("unified list");

        page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption("");
        page.getByLabel("Party (code)").fill(scenario.tjk);
        page.getByLabel("Search text").fill("терроризм");
        page.getByLabel("Search text").press("Enter");
        assertThat(page.locator("#result-count")).hasText("1 item");
        assertThat(page.locator("#results a[href='/items/" + scenario.terrorList + "']"))
                .hasText("Form a single list of terrorist organisations");
        assertThat(page).hasURL(Pattern.compile(".*q=%D1%82%D0%B5%D1%80%D1%80%D0%BE%D1%80%D0%B8%D0%B7%D0%BC.*"));
        assertThat(page.evaluate("() => window.stillTheSamePage === true"))
                .as("htmx swapped the results only")
                .isEqualTo(true);
        assertThat(page.locator("#export-csv").getAttribute("href"))
                .contains("format=csv")
                .contains("party=" + scenario.tjk);
        screenshot("items-search-ru-word");

        // The same address without script (a plain GET of the form) answers the whole page with the same results.
        page.navigate(page.url());
        assertThat(page.locator("#result-count")).hasText("1 item");
        assertThat(page.getByLabel("Search text")).hasValue("терроризм");
    }

    @Test
    void anItemShowsItsTimelineAndAStatusChangeRecordedThroughTheFormAppearsOnIt() {
        World world = new World(api);
        String party = world.party("ARM");
        String body = world.body("CSC", List.of(party));
        String first = world.session(body, "2021-11-10", party, Map.of("title", "Regular session 2021"));
        String later = world.session(body, "2022-01-10", party, Map.of("title", "Extraordinary session 2022"));
        String item = world.decision(
                first,
                body,
                "2021-11-10",
                World.map(
                        "title",
                        "Draw up a list of border posts",
                        "themes",
                        List.of("border-security"),
                        "binds",
                        List.of(party)));
        world.status(item, "IN_IMPLEMENTATION", "2021-12-01");
        world.followUp(item, later, party, "REPORTED_NOT_IMPLEMENTED", "2022-01-10");
        // Session titles come from the directory's read model, kept by another processor than the item's: wait for
        // both, or the chain may show session ids for a moment (CI saw it once).
        Projections.awaitCaughtUp(api);

        signInAt("/items/" + item, ADMIN, ADMIN_PASSWORD);
        assertThat(page.locator("#item-title")).hasText("Draw up a list of border posts");
        Locator timeline = page.locator("#timeline li");
        assertThat(timeline).hasCount(2);
        assertThat(timeline.nth(0)).containsText("2021-11-10");
        assertThat(timeline.nth(0)).containsText("adopted");
        assertThat(timeline.nth(1)).containsText("2021-12-01");
        assertThat(timeline.nth(1)).containsText("in implementation");
        assertThat(page.locator("#chain")).containsText("Extraordinary session 2022");
        assertThat(page.locator("#chain")).containsText("reported not implemented");
        assertThat(page.locator("#history tbody tr")).hasCount(3);
        assertThat(page.locator("#history")).containsText("admin");

        page.locator("#record-status").click();
        page.getByLabel("New status").selectOption("STALLED");
        page.getByLabel("World date").fill("2022-01-10");
        page.getByLabel("Document title").fill("Session transcript");
        page.getByLabel("Publisher").fill("Kremlin");
        page.getByLabel("Place in the document").fill("line 40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record"))
                .click();

        page.waitForURL(url("/items/" + item));
        assertThat(page.locator("#item-status")).hasText("stalled");
        assertThat(timeline).hasCount(3);
        assertThat(timeline.nth(2)).containsText("2022-01-10");
        assertThat(timeline.nth(2)).containsText("stalled");
        assertThat(page.locator("#history")).containsText("Status changed from in implementation to stalled");
        assertThat(page.locator(".evidence")).containsText("line 40");
        screenshot("item-after-status-change");
    }

    @Test
    void theLanguageSwitchesToRussianAndStays() {
        signInAt("/items?party=" + scenario.tjk, ADMIN, ADMIN_PASSWORD);
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip")).isFocused();
        page.locator("#lang-ru").click();
        assertThat(page.locator("h1")).hasText("Пункты");
        assertThat(page.getByLabel("Поиск по тексту")).isVisible();
        assertThat(page.locator("#results")).containsText("О формировании единого списка террористических организаций");
        assertThat(page).hasURL(Pattern.compile(".*party=" + scenario.tjk + ".*"));

        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("Обзор");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Сессии")))
                .isVisible();
        assertThat(drawnBars("chart-status")).isPositive();
        screenshot("dashboard-ru");
    }

    @Test
    void sessionsPartiesAuditAndUsersPagesShowTheirRecords() {
        signInAt("/sessions?body=" + scenario.council, ADMIN, ADMIN_PASSWORD);
        assertThat(page.locator("main table tbody tr")).hasCount(3);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Extraordinary session on Kazakhstan"))
                .click();
        assertThat(page.locator("#handover")).containsText("From " + scenario.arm + " to " + scenario.rus);
        assertThat(page.locator("#participants")).containsText("Head of " + scenario.arm);
        assertThat(page.locator("#introduced-title + .table-wrap"))
                .containsText("Withdraw the peacekeeping contingent");
        assertThat(page.locator("#followed-title + .table-wrap")).containsText("reported not implemented");
        screenshot("session");

        page.navigate(url("/parties?body=" + scenario.council));
        assertThat(page.locator("#scorecard")).containsText(scenario.arm);
        assertThat(drawnBars("chart-compliance")).isPositive();
        assertThat(page.locator("#scored-items")).containsText("-1");
        screenshot("parties");

        page.navigate(url("/audit?item=" + scenario.terrorList + "&order=ASC"));
        assertThat(page.locator("#audit tbody tr").first()).containsText("Decision adopted");
        assertThat(page.locator("#audit")).containsText("Correction");
        screenshot("audit");

        page.navigate(url("/admin/users"));
        String username = "monitor-" + System.nanoTime();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("short");
        page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("EDITOR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator("#u-password-error")).hasText("The password must have at least 12 characters.");
        page.getByLabel("Password").fill("a-long-enough-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator("#users")).containsText(username);
        assertThat(page.locator("#users tr", new Page.LocatorOptions().setHasText(username)))
                .containsText("editor");
        screenshot("users");
    }

    /** How many values the Chart.js chart on this canvas holds; -1 when Chart.js did not draw one. */
    private int drawnBars(String canvasId) {
        Object count = page.evaluate("""
                id => {
                  const canvas = document.getElementById(id);
                  const chart = canvas && window.Chart ? Chart.getChart(canvas) : undefined;
                  return chart && canvas.width > 0 && canvas.height > 0 ? chart.data.datasets[0].data.length : -1;
                }""", canvasId);
        return ((Number) count).intValue();
    }

    private double canvasWidth(String canvasId) {
        return ((Number) page.evaluate("id => document.getElementById(id).getBoundingClientRect().width", canvasId))
                .doubleValue();
    }
}
