package org.commitmenttracker.register.query;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Parties and bodies as the register knew them at {@code knownAt}, with the corrections recorded by then (and by the
 * end of {@code asOf}): the directory a monitor looks codes up in. A body's members are listed as objects, not bare
 * codes, so that dated membership (joined, left, suspended) can be added to each member without changing the shape
 * clients read.
 */
@Component
public class Directory {

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param kind STATE, ORGANISATION or ORGAN */
    public record PartyEntry(String code, String name, String nameRu, String kind) {}

    /** @param name null when the member's party is not (yet) registered */
    public record Member(String party, String name, String nameRu) {}

    public record BodyEntry(String code, String name, String nameRu, String organisation, List<Member> members) {}

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
        return jdbc.sql("""
                        SELECT code, name, name_ru, organisation, members FROM register_bodies(:knownAt, :asOf)
                        WHERE CAST(:code AS TEXT) IS NULL OR code = :code
                        ORDER BY code""")
                .param("knownAt", axes.knownAtParameter())
                .param("asOf", axes.asOf())
                .param("code", code)
                .query((rs, row) -> new BodyEntry(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_ru"),
                        rs.getString("organisation"),
                        Arrays.stream((String[]) rs.getArray("members").getArray())
                                .map(member -> {
                                    PartyEntry party = parties.get(member);
                                    return new Member(
                                            member,
                                            party == null ? null : party.name(),
                                            party == null ? null : party.nameRu());
                                })
                                .toList()))
                .list();
    }
}
