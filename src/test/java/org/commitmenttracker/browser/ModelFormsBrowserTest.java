package org.commitmenttracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.commitmenttracker.support.World.map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;

/** The record forms of the widened model, filled in a real browser. */
class ModelFormsBrowserTest extends BrowserTest {

    @Test
    void evidenceRecordedThroughItsFormShowsOnTheItemPageAndLeavesTheStatus() {
        World world = new World(api);
        String party = world.party("KAZ");
        String body = world.body("CSC", List.of(party));
        String session = world.session(body, "2021-09-16", party, map());
        String item = world.decision(session, body, "2021-09-16", map("binds", List.of(party)));

        signInAt("/items/" + item + "/record/evidence", ADMIN, ADMIN_PASSWORD);
        page.getByLabel("Bears on the current status").selectOption("SUPPORTS");
        page.getByLabel("World date").fill("2022-02-01");
        fillSource();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record"))
                .click();
        page.waitForURL(url("/items/" + item));
        Projections.awaitCaughtUp(api);
        page.reload();
        assertThat(page.locator("#weighed")).containsText("supports the status adopted");
        assertThat(page.locator("#item-status")).containsText("adopted");
    }

    @Test
    void aFollowUpBetweenSessionsIsRecordedThroughItsForm() {
        World world = new World(api);
        String party = world.party("KGZ");
        String body = world.body("CSC", List.of(party));
        String session = world.session(body, "2021-09-16", party, map());
        String item = world.decision(session, body, "2021-09-16", map("binds", List.of(party)));

        signInAt("/items/" + item + "/record/followup", ADMIN, ADMIN_PASSWORD);
        page.getByLabel("Occasion (instead of a session)").selectOption("PRESS_STATEMENT");
        page.getByLabel("Raised by").fill(party);
        page.getByLabel("Stance").selectOption("REAFFIRMED");
        page.getByLabel("World date").fill("2022-02-01");
        fillSource();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record"))
                .click();
        page.waitForURL(url("/items/" + item));
        Projections.awaitCaughtUp(api);
        page.reload();
        assertThat(page.locator("#chain")).containsText("between sessions: press statement");
        screenshot("follow-up-between-sessions");
    }

    @Test
    void aPositionRecordedThroughItsFormShowsOnTheItemPage() {
        World world = new World(api);
        String party = world.party("TJK");
        String body = world.body("CSC", List.of(party));
        String session = world.session(body, "2021-09-16", party, map());
        String item = world.decision(session, body, "2021-09-16", map("binds", List.of(party)));

        signInAt("/items/" + item + "/record/position", ADMIN, ADMIN_PASSWORD);
        page.getByLabel("Party (code)").fill(party);
        page.locator("#f-position").selectOption("ABSTAINED");
        page.getByLabel("Reason").fill("Awaiting its parliament");
        page.getByLabel("World date").fill("2021-09-16");
        fillSource();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record"))
                .click();
        page.waitForURL(url("/items/" + item));
        Projections.awaitCaughtUp(api);
        page.reload();
        assertThat(page.locator("#positions")).containsText("abstained");
        assertThat(page.locator("#positions")).containsText("Awaiting its parliament");
    }

    @Test
    void anOutcomeCountRecordedThroughItsFormShowsOnTheSessionPage() {
        World world = new World(api);
        String party = world.party("RUS");
        String body = world.body("CSC", List.of(party));
        String session = world.session(body, "2022-10-14", party, map());

        signInAt("/sessions/" + session + "/record/outcome", ADMIN, ADMIN_PASSWORD);
        page.locator("#f-outcome").selectOption("SIGNED");
        page.getByLabel("Number of documents").fill("17");
        fillSource();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record"))
                .click();
        page.waitForURL(url("/sessions/" + session));
        Projections.awaitCaughtUp(api);
        page.reload();
        assertThat(page.locator("#outcomes")).containsText("signed");
        assertThat(page.locator("#outcomes .unnamed")).hasText("17");
    }

    @Test
    void aSessionCorrectedThroughItsFormShowsTheNewPlaceAndThePartyFormRenamesTheParty() {
        World world = new World(api);
        String party = world.party("ARM");
        String body = world.body("CSC", List.of(party));
        String session = world.session(body, "2022-11-23", party, map("title", "Summit of the council"));

        signInAt("/sessions/" + session + "/record/sessioncorrection", ADMIN, ADMIN_PASSWORD);
        page.locator("#f-field").selectOption("PLACE");
        page.getByLabel("New value").fill("Yerevan");
        page.getByLabel("Reason").fill("The first report named the wrong city");
        fillSource();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record"))
                .click();
        page.waitForURL(url("/sessions/" + session));
        Projections.awaitCaughtUp(api);
        page.reload();
        assertThat(page.locator("main")).containsText("Yerevan");
        assertThat(page.locator("main")).not().containsText("Minsk");

        page.navigate(url("/record/partycorrection"));
        page.getByLabel("Code").fill(party);
        page.locator("#f-field").selectOption("NAME");
        page.getByLabel("New value").fill("Republic of Armenia");
        page.getByLabel("Reason").fill("The official name");
        fillSource();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record"))
                .click();
        page.waitForURL(address -> address.contains("/record?saved="));
        Projections.awaitCaughtUp(api);
        page.navigate(url("/parties/" + party));
        assertThat(page.locator("h1")).containsText("Republic of Armenia");
    }

    @Test
    void aMembershipChangeRecordedThroughItsFormShowsInTheBodyDirectory() {
        World world = new World(api);
        String party = world.party("UZB");
        String body = world.body("CSC", List.of(party));

        signInAt("/record/membership", ADMIN, ADMIN_PASSWORD);
        page.getByLabel("Body (code)").fill(body);
        page.getByLabel("Party (code)").fill(party);
        page.locator("#f-change").selectOption("SUSPENDED");
        page.getByLabel("World date").fill("2012");
        page.locator("#f-worldDate-precision").selectOption("YEAR");
        fillSource();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record"))
                .click();
        page.waitForURL("**/record?saved=**");
        Projections.awaitCaughtUp(api);
        String member = api.get("/api/bodies/" + body + "?asOf=2013-01-01").body();
        org.assertj.core.api.Assertions.assertThat(member)
                .contains("\"status\":\"SUSPENDED\"")
                .contains("\"change\":\"SUSPENDED\",\"worldDate\":\"2012-01-01\",\"precision\":\"YEAR\"");
    }

    private void fillSource() {
        page.getByLabel("Document title").fill("Ministry report");
        page.getByLabel("Publisher").fill("Ministry");
        page.getByLabel("Place in the document").fill("p. 4");
    }
}
