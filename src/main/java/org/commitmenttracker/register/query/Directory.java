package org.commitmenttracker.register.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Parties and bodies as the register knew them at {@code knownAt}, with the corrections recorded by then (and by the
 * end of {@code asOf}): the directory a monitor looks codes up in. A body's members are every party that has been one,
 * each with its status on {@code asOf} and its dated changes (joined, left, suspended, resumed) with their sources.
 */
@Component
public class Directory {

    private static final TypeReference<Map<String, Object>> SOURCE = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Directory(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param kind STATE, ORGANISATION or ORGAN */
    public record PartyEntry(String code, String name, String nameRu, String kind) {}

    /**
     * A party that has been a member of the body, with its state on the asked world date and every change known at
     * knownAt (those dated after asOf included, so a reader sees what is to come).
     *
     * @param name null when the member's party is not (yet) registered
     * @param status MEMBER, SUSPENDED (on the list, but neither bound nor counted), FORMER (left) or FUTURE (joins
     *     after asOf)
     */
    public record Member(String party, String name, String nameRu, String status, List<MembershipEntry> changes) {}

    /**
     * @param change JOINED, LEFT, SUSPENDED or RESUMED; an initial member of a body registered without a date has a
     *     JOINED change without one
     * @param source null for the members the body was registered with
     */
    public record MembershipEntry(
            String change,
            LocalDate worldDate,
            String precision,
            String note,
            Map<String, Object> source,
            Instant recordedAt,
            String recordedBy) {}

    public record BodyEntry(String code, String name, String nameRu, String organisation, List<Member> members) {}

    /** One party's membership of one body: its status on asOf and its changes, as in {@link Member}. */
    public record PartyMembership(
            String body, String name, String nameRu, String status, List<MembershipEntry> changes) {}

    /** The bodies {@code party} has been a member of, as the body directory lists them. */
    public List<PartyMembership> memberships(String party, TimeAxes axes) {
        return bodies(axes).stream()
                .flatMap(body -> body.members().stream()
                        .filter(member -> member.party().equals(party))
                        .map(member -> new PartyMembership(
                                body.code(), body.name(), body.nameRu(), member.status(), member.changes())))
                .toList();
    }

    public List<PartyEntry> parties(TimeAxes axes) {
        return jdbc.sql("""
                        SELECT code, name, name_ru, kind FROM register_parties(:knownAt, :asOf) ORDER BY code""")
                .param("knownAt", axes.knownAtParameter())
                .param("asOf", axes.asOf())
                .query((rs, row) -> new PartyEntry(
                        rs.getString("code"), rs.getString("name"), rs.getString("name_ru"), rs.getString("kind")))
                .list();
    }

    public List<BodyEntry> bodies(TimeAxes axes) {
        return bodies(null, axes);
    }

    public Optional<BodyEntry> body(String code, TimeAxes axes) {
        return bodies(code, axes).stream().findFirst();
    }

    private List<BodyEntry> bodies(String code, TimeAxes axes) {
        Map<String, PartyEntry> parties = new LinkedHashMap<>();
        parties(axes).forEach(party -> parties.put(party.code(), party));
        Map<String, Map<String, List<MembershipEntry>>> changes = changes(code, axes);
        Map<String, Set<String>> active = active(code, axes);
        return jdbc.sql("""
                        SELECT code, name, name_ru, organisation FROM register_bodies(:knownAt, :asOf)
                        WHERE CAST(:code AS TEXT) IS NULL OR code = :code
                        ORDER BY code""")
                .param("knownAt", axes.knownAtParameter())
                .param("asOf", axes.asOf())
                .param("code", code)
                .query((rs, row) -> {
                    String body = rs.getString("code");
                    Set<String> members = active.getOrDefault(body, Set.of());
                    List<Member> list = new ArrayList<>();
                    changes.getOrDefault(body, Map.of()).forEach((member, history) -> {
                        PartyEntry party = parties.get(member);
                        list.add(new Member(
                                member,
                                party == null ? null : party.name(),
                                party == null ? null : party.nameRu(),
                                status(members.contains(member), history, axes.asOf()),
                                history));
                    });
                    return new BodyEntry(
                            body, rs.getString("name"), rs.getString("name_ru"), rs.getString("organisation"), list);
                })
                .list();
    }

    /** Who takes part on asOf, from the one place that says so (body_members_at, db/R__body_membership.sql). */
    private Map<String, Set<String>> active(String code, TimeAxes axes) {
        Map<String, Set<String>> active = new HashMap<>();
        jdbc.sql("""
                        SELECT b.code, m.party FROM rm_body b
                        CROSS JOIN LATERAL body_members_at(b.code, :asOf, :knownAt) AS m(party)
                        WHERE CAST(:code AS TEXT) IS NULL OR b.code = :code""")
                .param("asOf", axes.asOf())
                .param("knownAt", axes.knownAtParameter())
                .param("code", code)
                .query(rs -> {
                    active.computeIfAbsent(rs.getString("code"), b -> new HashSet<>())
                            .add(rs.getString("party"));
                });
        return active;
    }

    private Map<String, Map<String, List<MembershipEntry>>> changes(String code, TimeAxes axes) {
        Map<String, Map<String, List<MembershipEntry>>> changes = new HashMap<>();
        jdbc.sql("""
                        SELECT body, party, change, world_date, world_precision, note, source, recorded_at,
                            recorded_by
                        FROM rm_body_membership
                        WHERE recorded_at <= :knownAt AND (CAST(:code AS TEXT) IS NULL OR body = :code)
                        ORDER BY body, party, world_date NULLS FIRST, sequence""")
                .param("knownAt", axes.knownAtParameter())
                .param("code", code)
                .query(rs -> {
                    String source = rs.getString("source");
                    LocalDate date = rs.getObject("world_date", LocalDate.class);
                    changes.computeIfAbsent(rs.getString("body"), b -> new TreeMap<>())
                            .computeIfAbsent(rs.getString("party"), p -> new ArrayList<>())
                            .add(new MembershipEntry(
                                    rs.getString("change"),
                                    date,
                                    rs.getString("world_precision"),
                                    rs.getString("note"),
                                    source == null ? null : json.readValue(source, SOURCE),
                                    rs.getObject("recorded_at", OffsetDateTime.class)
                                            .toInstant(),
                                    rs.getString("recorded_by")));
                });
        return changes;
    }

    private static String status(boolean active, List<MembershipEntry> history, LocalDate asOf) {
        if (active) {
            return "MEMBER";
        }
        MembershipEntry last = null;
        for (MembershipEntry entry : history) {
            if (entry.worldDate() == null || !entry.worldDate().isAfter(asOf)) {
                last = entry;
            }
        }
        if (last == null) {
            return "FUTURE";
        }
        return last.change().equals("SUSPENDED") ? "SUSPENDED" : "FORMER";
    }
}
