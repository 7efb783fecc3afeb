package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The layout offers the record forms to editors and the users page to admins, and hides them from roles that would be
 * refused: the templates ask Spring Security ({@code sec:authorize}), with the role hierarchy, so an admin sees both.
 */
class NavigationByRoleTest extends IntegrationTest {

    private static final String RECORD_LINK = "href=\"/record\"";
    private static final String USERS_LINK = "href=\"/admin/users\"";

    @Test
    void eachRoleSeesTheLinksItMayFollow() {
        assertThat(dashboard(Accounts4Test.signedIn(api, anonymous, Role.VIEWER)))
                .doesNotContain(RECORD_LINK)
                .doesNotContain(USERS_LINK);
        assertThat(dashboard(Accounts4Test.signedIn(api, anonymous, Role.EDITOR)))
                .contains(RECORD_LINK)
                .doesNotContain(USERS_LINK);
        assertThat(dashboard(api)).contains(RECORD_LINK).contains(USERS_LINK);
    }

    private static String dashboard(Api as) {
        HttpResponse<String> page = as.send(HttpRequest.newBuilder(URI.create(as.base() + "/"))
                .header("Accept", "text/html")
                .GET()
                .build());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }
}
