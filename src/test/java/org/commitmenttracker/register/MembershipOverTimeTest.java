package org.commitmenttracker.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A decision that binds all members of the body that adopted it follows membership on the date asked: ARM stays, BLR
 * leaves on 2021-06-01, KAZ is suspended from 2021-03-01 to 2022-03-01 and TJK joins on 2023-01-01. Scorecard party
 * lines, the dashboard's per-party figure, the directory and the audit log are read back over HTTP.
 */
class MembershipOverTimeTest extends IntegrationTest {

    private static final Map<String, Object> SOURCE =
            Map.of("title", "Membership notice", "publisher", "Test publisher", "locator", "para 2");

    // Recorded once for the class: the tests only read, and each recording costs the suite time.
    private static World world;
    private static String arm;
    private static String blr;
    private static String kaz;
    private static String tjk;
    private static String body;
    private static String firstSession;
    private static String laterSession;
    private static Instant beforeChanges;

    @BeforeEach
    void world() {
        if (world != null) {
            return;
        }
        world = new World(api);
        arm = world.party("ARM");
        blr = world.party("BLR");
        kaz = world.party("KAZ");
        tjk = world.party("TJK");
        body = world.code("CSC");
        created(api.post(
                "/api/bodies",
                json(map(
                        "code",
                        body,
                        "name",
                        "Council",
                        "members",
                        List.of(arm, blr, kaz),
                        "registeredOn",
                        World.worldDate("2010-01-01")))));
        String session = world.session(body, "2020-01-10", arm, Map.of());
        firstSession = session;
        laterSession = world.session(body, "2021-09-01", arm, Map.of());
        String decision = world.decision(session, body, "2020-01-10", Map.of("binds", List.of(body)));
        for (String party : List.of(arm, blr, kaz)) {
            world.assess(decision, party, "INTERIM", "+1", "2020-06-01");
        }
        beforeChanges = Instant.now();
        change(blr, "LEFT", "2021-06-01");
        change(kaz, "SUSPENDED", "2021-03-01");
        change(kaz, "RESUMED", "2022-03-01");
        change(tjk, "JOINED", "2023-01-01");
        Projections.awaitCaughtUp(api);
    }

    @Test
    void scorecardPartyLinesFollowMembershipOnTheDateAsked() {
        assertThat(partyLines("2020-12-31", null)).containsOnlyKeys(arm, blr, kaz);
        assertThat(partyLines("2020-12-31", null)
                        .get(blr)
                        .get("statusCounts")
                        .get("ADOPTED")
                        .asLong())
                .isEqualTo(1);
        assertThat(partyLines("2020-12-31", null)
                        .get(blr)
                        .get("compliance")
                        .get("scored")
                        .asLong())
                .isEqualTo(1);
        // BLR has left and KAZ is suspended: neither is bound, neither is scored.
        assertThat(partyLines("2021-07-01", null)).containsOnlyKeys(arm);
        assertThat(partyLines("2022-06-01", null)).containsOnlyKeys(arm, kaz);
        assertThat(partyLines("2023-06-01", null)).containsOnlyKeys(arm, kaz, tjk);
        // As the register stood before the changes were recorded, all three were still bound.
        assertThat(partyLines("2021-07-01", beforeChanges)).containsOnlyKeys(arm, blr, kaz);
    }

    @Test
    void theDashboardCountsOpenItemsForTheMembersOfTheDate() {
        assertThat(openByParty("2020-12-31", null)).isEqualTo(Map.of(arm, 1L, blr, 1L, kaz, 1L));
        assertThat(openByParty("2021-07-01", null)).isEqualTo(Map.of(arm, 1L));
        assertThat(openByParty("2023-06-01", null)).isEqualTo(Map.of(arm, 1L, kaz, 1L, tjk, 1L));
        assertThat(openByParty("2021-07-01", beforeChanges)).isEqualTo(Map.of(arm, 1L, blr, 1L, kaz, 1L));
        assertThat(ok(api.get("/api/items?party=" + kaz + "&asOf=2021-07-01"))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(ok(api.get("/api/items?party=" + kaz + "&asOf=2022-06-01"))
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void theDirectoryListsMembersOverTimeWithTheirSources() {
        JsonNode members =
                ok(api.get("/api/bodies/" + body + "?asOf=2021-07-01")).get("members");
        Map<String, JsonNode> byParty = new TreeMap<>();
        members.forEach(member -> byParty.put(member.get("party").asString(), member));
        assertThat(byParty.get(arm).get("status").asString()).isEqualTo("MEMBER");
        assertThat(byParty.get(blr).get("status").asString()).isEqualTo("FORMER");
        assertThat(byParty.get(kaz).get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(byParty.get(tjk).get("status").asString()).isEqualTo("FUTURE");
        JsonNode kazakhstan = byParty.get(kaz).get("changes");
        assertThat(Json.texts(kazakhstan, "change")).containsExactly("JOINED", "SUSPENDED", "RESUMED");
        assertThat(Json.texts(kazakhstan, "worldDate")).containsExactly("2010-01-01", "2021-03-01", "2022-03-01");
        assertThat(kazakhstan.get(1).get("source").get("title").asString()).isEqualTo("Membership notice");
        assertThat(kazakhstan.get(1).get("note").asString()).isEqualTo("SUSPENDED " + kaz);

        JsonNode earlier = ok(api.get("/api/bodies/" + body + "?knownAt=" + beforeChanges));
        assertThat(Json.texts(earlier.get("members"), "party")).containsExactly(arm, blr, kaz);
        assertThat(Json.texts(earlier.get("members"), "status")).containsOnly("MEMBER");
    }

    @Test
    void theMembershipExportHasOneRowPerDatedChange() {
        HttpResponse<String> csv = api.get("/api/exports/bodies/" + body + "/memberships?asOf=2021-07-01");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body().lines())
                .first()
                .asString()
                .startsWith("\"body\",\"party\",\"status_on_as_of\",\"change\",\"world_date\"");
        assertThat(csv.body().lines())
                .anyMatch(line ->
                        line.startsWith("\"" + body + "\",\"" + blr + "\",\"FORMER\",\"LEFT\",\"2021-06-01\",\"DAY\""))
                .anyMatch(line ->
                        line.startsWith("\"" + body + "\",\"" + kaz + "\",\"SUSPENDED\",\"SUSPENDED\",\"2021-03-01\""))
                .noneMatch(line -> line.contains("\"" + tjk + "\",\"MEMBER\""));
        JsonNode asJson = ok(api.get("/api/exports/bodies/" + body + "/memberships?format=json&asOf=2021-07-01"));
        assertThat(Json.texts(asJson.get("body").get("members"), "party")).contains(arm, blr, kaz, tjk);
        assertThat(api.get("/api/exports/bodies/NO-SUCH-BODY/memberships").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aSessionPageListsTheMembersOfItsDay() {
        String first = membersOnPage("/sessions/" + firstSession);
        assertThat(first).contains(arm, blr, kaz).doesNotContain(tjk, "participation suspended");
        String later = membersOnPage("/sessions/" + laterSession);
        assertThat(later).contains(arm, kaz, "participation suspended").doesNotContain(blr, tjk);
        assertThat(membersOnPage("/sessions/" + laterSession + "?knownAt=" + beforeChanges))
                .as("before the changes were recorded, the register knew all three as members")
                .contains(arm, blr, kaz)
                .doesNotContain("participation suspended");
    }

    private String membersOnPage(String path) {
        HttpResponse<String> page = api.get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        java.util.regex.Matcher list = java.util.regex.Pattern.compile("(?s)<ul id=\"members\">(.*?)</ul>")
                .matcher(page.body());
        assertThat(list.find()).as("the members list on " + path).isTrue();
        return list.group(1);
    }

    @Test
    void thePartyPageShowsItsMembershipsInBothLanguages() {
        HttpResponse<String> page = api.get("/parties/" + blr + "?asOf=2021-07-01");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"memberships\"", "no longer a member", "left 2021-06-01");
        HttpResponse<String> russian = api.get("/parties/" + kaz + "?asOf=2021-07-01&lang=ru");
        assertThat(russian.body()).contains("участие приостановлено", "приостановил участие 2021-03-01");
    }

    @Test
    void refusesChangesTheTimelineDoesNotAllow() {
        refused(change(arm, "JOINED", "2015-01-01"), 400, "change", "already a member");
        refused(change(blr, "LEFT", "2022-01-01"), 400, "change", "is not a member");
        refused(change(arm, "RESUMED", "2022-01-01"), 400, "change", "no suspended participation");
        refused(change(kaz, "SUSPENDED", "2021-04-01"), 400, "change", "already suspended");
        refused(change(arm, "LEFT", "2009-12-31"), 400, "worldDate", "before the body's registration");
        // Leaving before the date BLR is recorded to have left contradicts that later change.
        refused(change(blr, "LEFT", "2020-01-01"), 400, "worldDate", "contradicts");
        refused(change("NOBODY-" + body, "JOINED", "2022-01-01"), 400, "party", "not registered");
        HttpResponse<String> unknownBody =
                api.post("/api/bodies/NO-" + body + "/memberships", json(command(arm, "JOINED", "2022-01-01")));
        assertThat(unknownBody.statusCode()).isEqualTo(404);
        HttpResponse<String> noDate = api.post(
                "/api/bodies/" + body + "/memberships", json(map("party", arm, "change", "LEFT", "source", SOURCE)));
        refused(noDate, 400, "worldDate", "");
    }

    @Test
    void theAuditLogShowsTheChanges() {
        JsonNode page = ok(api.get("/api/audit?type=MembershipChanged&size=500"));
        List<String> summaries = Json.texts(page.get("events"), "summary");
        assertThat(summaries)
                .contains(
                        blr + " left " + body + " on 2021-06-01 — LEFT " + blr,
                        kaz + " suspended its participation in " + body + " on 2021-03-01 — SUSPENDED " + kaz);
    }

    private Map<String, JsonNode> partyLines(String asOf, Instant knownAt) {
        JsonNode card = ok(api.get("/api/scorecard?body=" + body + "&asOf=" + asOf + axis(knownAt)));
        Map<String, JsonNode> lines = new TreeMap<>();
        card.get("parties").forEach(line -> lines.put(line.get("code").asString(), line));
        return lines;
    }

    private Map<String, Long> openByParty(String asOf, Instant knownAt) {
        JsonNode figures = ok(api.get("/api/dashboard?body=" + body + "&asOf=" + asOf + axis(knownAt)));
        Map<String, Long> counts = new TreeMap<>();
        figures.get("openByParty")
                .properties()
                .forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    private static String axis(Instant knownAt) {
        return knownAt == null ? "" : "&knownAt=" + knownAt;
    }

    private HttpResponse<String> change(String party, String change, String date) {
        HttpResponse<String> response =
                api.post("/api/bodies/" + body + "/memberships", json(command(party, change, date)));
        return response;
    }

    private static Map<String, Object> command(String party, String change, String date) {
        return map(
                "party", party,
                "change", change,
                "worldDate", World.worldDate(date),
                "note", change + " " + party,
                "source", SOURCE);
    }

    private static void refused(HttpResponse<String> response, int status, String field, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = Json.read(response.body()).get("errors");
        assertThat(Json.texts(errors, "field")).as(response.body()).contains(field);
        assertThat(response.body()).contains(reason);
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    private static String json(Map<String, Object> value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }
}
