package org.commitmenttracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;

/**
 * Every kind of HTML page, in English and Russian, at desktop and phone widths, checked by axe-core against WCAG 2.1 A
 * and AA, and at phone widths for sideways overflow. A new page belongs in {@link #pages}, so that it cannot bring a
 * violation in unnoticed. axe.min.js comes from a Maven Central jar, so the sweep needs no network.
 */
class AccessibilityBrowserTest extends BrowserTest {

    private static final int DESKTOP = 1280;
    private static final List<Integer> PHONES = List.of(390, 320);
    /** WCAG 2.0 and 2.1, levels A and AA. */
    private static final String ALL_RULES =
            "{\"type\":\"tag\",\"values\":[\"wcag2a\",\"wcag2aa\",\"wcag21a\",\"wcag21aa\"]}";
    /**
     * The rule whose answer changes when the page narrows: a table that fitted starts to scroll. Colours do not change
     * with the width here (no media query sets one), and color-contrast is the slowest rule, so it runs at 1280 only.
     */
    private static final String WIDTH_RULES = "{\"type\":\"rule\",\"values\":[\"scrollable-region-focusable\"]}";

    private static final String RUN_AXE = """
            async (runOnly) => {
              const result = await axe.run(document, {
                runOnly: JSON.parse(runOnly), resultTypes: ['violations']
              });
              return result.violations.map(v => v.id + ' (' + v.impact + '): '
                + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + n.failureSummary.replace(/\\s+/g, ' ')
                  .slice(0, 200)).join(' | '));
            }""";
    private static final String OVERFLOW = """
            () => {
              const width = window.innerWidth;
              if (document.scrollingElement.scrollWidth <= width) return null;
              const wide = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && !e.parentElement.closest('.table-wrap'))
                .slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''));
              return document.scrollingElement.scrollWidth + ' px wide: ' + wide.join(', ');
            }""";

    @Test
    void everyPageInBothLanguagesAtEveryWidthHasNoAxeViolationAndNoSidewaysOverflow() throws IOException {
        List<String> pages = pages();
        List<String> found = new ArrayList<>();
        try (BrowserContext sweepContext = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(DESKTOP, 900).setLocale("en-GB"))) {
            // An init script is not bound by the pages' strict Content-Security-Policy; an inline script tag would be.
            sweepContext.addInitScript(axeSource());
            Page sweep = sweepContext.newPage();
            signIn(sweep);
            for (String path : pages) {
                for (String lang : List.of("en", "ru")) {
                    String address = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
                    sweep.setViewportSize(DESKTOP, 900);
                    Response answer = sweep.navigate(url(address));
                    // A page that fails would be swept as the error page and pass unseen; only the one error is meant.
                    if (answer.status() >= 400 && !path.contains("no-such-item")) {
                        found.add(address + ": answered " + answer.status() + ", not the page");
                    }
                    check(sweep, DESKTOP + " px " + address + ": ", ALL_RULES, found);
                    // The same page narrowed: what depends on the width is checked again, without a reload.
                    for (int width : PHONES) {
                        sweep.setViewportSize(width, 844);
                        String where = width + " px " + address + ": ";
                        check(sweep, where, WIDTH_RULES, found);
                        Object overflow = sweep.evaluate(OVERFLOW);
                        if (overflow != null) {
                            found.add(where + "overflows sideways, " + overflow);
                        }
                    }
                }
            }
        }
        assertThat(found).as("axe-core violations and sideways overflow").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void check(Page page, String where, String rules, List<String> found) {
        ((List<String>) page.evaluate(RUN_AXE, rules)).forEach(v -> found.add(where + v));
    }

    /** One address of every GET route that answers HTML, with data to show. */
    private List<String> pages() {
        ItemScenario scenario = ItemScenario.shared(api);
        // The shared scenario is only read: the read-side tests count its items. The item with figures gets a body
        // and session of its own.
        World world = new World(api);
        String rus = world.party("RUS");
        String arm = world.party("ARM");
        String council = world.body("CSC", List.of(rus, arm));
        String session = world.session(council, "2022-01-10", arm, Map.of());
        String figures = world.decision(
                session,
                council,
                "2022-01-10",
                World.map(
                        "title",
                        "Send a peacekeeping contingent of a stated strength",
                        "titleOriginal",
                        "О направлении миротворческого контингента установленной численности",
                        "themes",
                        List.of("peacekeeping"),
                        "binds",
                        List.of(rus, arm),
                        "figures",
                        List.of(
                                Map.of("name", "personnel", "value", 2030, "unit", "persons", "party", rus),
                                Map.of("name", "armoured vehicles", "value", 250, "unit", "vehicles")),
                        "due",
                        World.worldDate("2022-03")));
        world.status(figures, "IN_IMPLEMENTATION", "2022-02-01");
        api.post("/api/me/watches", "{\"kind\":\"PARTY\",\"target\":\"" + scenario.rus + "\"}");
        Projections.awaitCaughtUp(api);
        return List.of(
                "/?body=" + scenario.council,
                "/items?open=true&theme=peacekeeping&from=2021-01-01&to=2023-12-31",
                "/items/" + figures,
                "/items/" + scenario.terrorList,
                "/sessions",
                "/sessions/" + scenario.s2,
                "/parties",
                "/parties/" + scenario.rus,
                "/audit",
                "/watch",
                "/watch/tokens",
                "/login",
                "/record",
                "/record/decision",
                // Every other record form: the GET pages of RecordFormController not swept before. They share one
                // template, but their fields differ (lists, rows, selects, world dates) and each renders its own.
                "/record/party",
                "/record/body",
                "/record/session",
                "/record/proposal",
                "/record/statement",
                "/record/pledge",
                "/record/partycorrection",
                "/record/bodycorrection",
                "/items/" + figures + "/record/status",
                "/items/" + figures + "/record/followup",
                "/items/" + figures + "/record/evidence",
                "/items/" + figures + "/record/position",
                "/items/" + figures + "/record/link",
                "/items/" + figures + "/record/correction",
                "/items/" + figures + "/record/assessment",
                "/sessions/" + scenario.s2 + "/record/outcome",
                "/record/membership",
                "/sessions/" + scenario.s2 + "/record/sessioncorrection",
                "/reports/compliance?body=" + scenario.council,
                "/reports/compliance?body=" + scenario.council + "&session=" + scenario.s2,
                "/admin/users",
                "/admin/webhooks",
                "/items/no-such-item");
    }

    private void signIn(Page sweep) {
        sweep.navigate(url("/login"));
        sweep.getByLabel("Username").fill(ADMIN);
        sweep.getByLabel("Password").fill(ADMIN_PASSWORD);
        sweep.locator("form button[type=submit]").first().click();
        sweep.waitForURL(u -> !u.contains("/login"));
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityBrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in)
                    .as("axe.min.js from com.deque.html.axe-core:playwright")
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
