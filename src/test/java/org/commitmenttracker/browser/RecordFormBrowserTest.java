package org.commitmenttracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;

class RecordFormBrowserTest extends BrowserTest {

    @Test
    void aMissingRequiredFieldIsShownBesideItAndNothingIsRecorded() {
        Register register = new Register(api);
        signInAt("/record/pledge", ADMIN, ADMIN_PASSWORD);
        page.getByLabel("Pledged by (party code)").fill(register.party);
        page.getByLabel("World date").fill("2022-01-10");
        page.getByLabel("Document title").fill("Session transcript");
        page.getByLabel("Publisher").fill("Kremlin");
        page.getByLabel("Place in the document").fill("line 3");
        long before = eventCount();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Record"))
                .click();
        assertThat(page.locator("#f-title-error")).hasText("must not be blank");
        assertThat(page.locator("#f-title")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Pledged by (party code)")).hasValue(register.party);
        screenshot("record-validation-error");
        org.assertj.core.api.Assertions.assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aStatedPositionRecordedThroughItsFormIsOnRecordAndNeverOpen() {
        Register register = new Register(api);
        signInAt("/record/statement", ADMIN, ADMIN_PASSWORD);
        page.getByLabel("On behalf of (party code)").fill(register.party);
        page.getByLabel("Title (English)").fill("Says that outside interference threatens the region");
        page.getByLabel("World date").fill("2022-01-10");
        page.getByLabel("Document title").fill("Session transcript");
        page.getByLabel("Publisher").fill("Kremlin");
        page.getByLabel("Place in the document").fill("line 104");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Record"))
                .click();
        page.waitForURL(address -> address.contains("/items/"));
        String item = page.url().replaceAll(".*/items/", "").replaceAll("[?#].*", "");
        org.commitmenttracker.support.Projections.awaitCaughtUp(api);
        var row = org.commitmenttracker.support.Json.read(
                api.get("/api/items/" + item).body());
        org.assertj.core.api.Assertions.assertThat(row.toString())
                .contains("\"kind\":\"STATEMENT\"", "\"status\":\"STATED\"", "\"open\":false");
    }
}
