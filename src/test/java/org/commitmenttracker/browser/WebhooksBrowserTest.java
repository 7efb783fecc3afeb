package org.commitmenttracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registering a webhook on the admin page with the plain form: the secret is shown once, the hook is listed. */
class WebhooksBrowserTest extends BrowserTest {

    private final String address =
            "https://receiver-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org/hook";

    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM webhook_subscription WHERE url = ?")
                .param(address)
                .update();
    }

    @Test
    void registeringShowsTheSecretOnceAndListsTheHook() {
        signInAt("/admin/webhooks", ADMIN, ADMIN_PASSWORD);
        page.getByLabel("Address").fill(address);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("PledgeGiven"))
                .check();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Register").setExact(true))
                .click();

        assertThat(page.locator("#registered")).containsText(address);
        assertThat(page.locator("#secret")).containsText("whsec_");
        assertThat(page.locator("section.webhook", new Page.LocatorOptions().setHasText(address)))
                .containsText("PledgeGiven");
        screenshot("webhooks-page");

        // The answer was a redirect: reloading neither registers the address again nor shows the secret again.
        page.reload();
        assertThat(page.locator("#secret")).hasCount(0);
        assertThat(page.locator("section.webhook", new Page.LocatorOptions().setHasText(address)))
                .hasCount(1);
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }
}
