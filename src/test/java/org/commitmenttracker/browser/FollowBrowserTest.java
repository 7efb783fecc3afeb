package org.commitmenttracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;

/** Following a party from its page and unfollowing it from the watch page, through htmx in a real browser. */
class FollowBrowserTest extends BrowserTest {

    @Test
    void followAndUnfollowSwapTheButtonInPlace() {
        World world = new World(api);
        String party = world.party("ARM");
        world.body("CSC", List.of(party));
        Projections.awaitCaughtUp(api);

        signInAt("/parties/" + party, ADMIN, ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow this party"))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unfollow this party")))
                .hasAttribute("aria-pressed", "true");
        org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(url("/parties/" + party));
        org.assertj.core.api.Assertions.assertThat(api.get("/api/me/watches").body())
                .contains(party);

        page.navigate(url("/watch"));
        assertThat(page.locator("#watches")).containsText(party);
        assertThat(page.locator("#changes")).containsText(party);
        screenshot("watch-page");
        page.locator("#watches li", new Page.LocatorOptions().setHasText(party))
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Unfollow this party"))
                .click();
        assertThat(page.locator("#watches li", new Page.LocatorOptions().setHasText(party))
                        .getByRole(AriaRole.BUTTON))
                .hasText("Follow this party");
        org.assertj.core.api.Assertions.assertThat(api.get("/api/me/watches").body())
                .doesNotContain(party);
    }
}
