package org.commitmenttracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The feed-token page with htmx and as plain forms: a token is shown once, opens its feed, and stops at revocation. The
 * same page's follow buttons for a theme (the items list filtered by theme) are checked here too.
 */
class FeedTokenPageBrowserTest extends BrowserTest {

    @Test
    void theEmailDigestIsSetAndStoppedOnThePage() {
        signInAt("/watch/tokens", ADMIN, ADMIN_PASSWORD);
        page.getByLabel("E-mail address").fill("not an address");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.locator("#mail-email-error")).isVisible();

        page.getByLabel("E-mail address").fill("monitor@example.org");
        page.locator("#mail-language").selectOption("ru");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.locator("#mail-current")).containsText("monitor@example.org");
        org.assertj.core.api.Assertions.assertThat(
                        api.get("/api/me/mail-digest").body())
                .contains("\"email\":\"monitor@example.org\"", "\"language\":\"ru\"");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop e-mail digests"))
                .click();
        assertThat(page.locator("#mail-current")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(
                        api.get("/api/me/mail-digest").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aTokenIsShownOnceWorksAndIsRevokedWithHtmx() {
        String name = "reader " + UUID.randomUUID();
        signInAt("/watch/tokens", ADMIN, ADMIN_PASSWORD);
        page.evaluate("() => window.stillTheSamePage = true");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a feed token"))
                .click();
        assertThat(page.locator("#new-token")).containsText("cf_");
        String token = page.locator("#new-token").innerText().strip();
        assertThat(page.locator("#new-digest")).containsText("/feeds/" + token + "/digest");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.stillTheSamePage === true"))
                .as("htmx swapped the token section only")
                .isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(
                        anonymous.get("/feeds/" + token + "/digest").statusCode())
                .isEqualTo(200);

        page.reload();
        Locator row = page.locator("#token-list tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row).not().containsText("never");
        org.assertj.core.api.Assertions.assertThat(page.content())
                .as("the secret is shown only in the answer that issued it")
                .doesNotContain(token);

        row.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#token-list tr", new Page.LocatorOptions().setHasText(name)))
                .containsText("revoked");
        org.assertj.core.api.Assertions.assertThat(
                        anonymous.get("/feeds/" + token + "/digest").statusCode())
                .isEqualTo(404);
    }

    @Test
    void withoutJavaScriptTheFormsPostAndTheThemeIsFollowed() {
        String name = "plain " + UUID.randomUUID();
        try (BrowserContext plain = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("en-GB"))) {
            Page noScript = plain.newPage();
            noScript.navigate(url("/login"));
            noScript.getByLabel("Username").fill(ADMIN);
            noScript.getByLabel("Password").fill(ADMIN_PASSWORD);
            noScript.locator("form button[type=submit]").first().click();
            noScript.navigate(url("/watch/tokens?lang=ru"));
            assertThat(noScript.locator("h1")).hasText("Токены лент");
            noScript.getByLabel("Название", new Page.GetByLabelOptions().setExact(true))
                    .fill(name);
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Создать токен ленты"))
                    .click();
            assertThat(noScript.locator("#new-token")).containsText("cf_");
            noScript.locator("#token-list tr", new Page.LocatorOptions().setHasText(name))
                    .getByRole(AriaRole.BUTTON)
                    .click();
            assertThat(noScript).hasURL(url("/watch/tokens"));
            assertThat(noScript.locator("#token-list tr", new Page.LocatorOptions().setHasText(name)))
                    .containsText("отозван");

            String theme = "theme-" + UUID.randomUUID().toString().substring(0, 8);
            noScript.navigate(url("/items?lang=en&theme=" + theme));
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow this theme"))
                    .click();
            assertThat(noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unfollow this theme")))
                    .hasAttribute("aria-pressed", "true");
            org.assertj.core.api.Assertions.assertThat(
                            api.get("/api/me/watches").body())
                    .contains("\"kind\":\"THEME\"")
                    .contains(theme);
        }
    }
}
