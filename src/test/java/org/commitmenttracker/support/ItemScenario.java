package org.commitmenttracker.support;

import static org.commitmenttracker.support.World.map;

import java.time.Instant;
import java.util.List;

/**
 * A small register recorded through the command API: a decision followed up at two later sessions and corrected twice,
 * a proposal adopted as a decision, an overdue pledge and a fulfilled one, and assessments including n/a. Recorded once
 * per test run and shared by the read-side tests, which only read it.
 */
public final class ItemScenario {

    private static ItemScenario shared;

    public static synchronized ItemScenario shared(Api api) {
        if (shared == null) {
            shared = new ItemScenario(api);
        }
        return shared;
    }

    public final World world;
    public final String arm;
    public final String rus;
    public final String tjk;
    public final String kaz;
    public final String council;
    public final String s1;
    public final String s2;
    public final String s3;
    public final String terrorList;
    public final String conferenceProposal;
    public final String conferenceDecision;
    public final String withdrawal;
    public final String exercise;
    public final Instant beforeCorrections;
    public final long titleCorrection;

    public ItemScenario(Api api) {
        world = new World(api);
        arm = world.party("ARM");
        rus = world.party("RUS");
        tjk = world.party("TJK");
        kaz = world.party("KAZ");
        council = world.body("CSC", List.of(arm, rus, tjk, kaz));
        s1 = world.session(council, "2021-11-10", arm, map("title", "Regular session 2021"));
        s2 = world.session(
                council,
                "2022-01-10",
                arm,
                map(
                        "title",
                        "Extraordinary session on Kazakhstan",
                        "handover",
                        map("from", arm, "to", rus, "effective", World.worldDate("2022-01-10"))));
        s3 = world.session(council, "2022-11-23", rus, map("title", "Regular session 2022"));

        terrorList = world.decision(
                s1,
                council,
                "2021-11-10",
                map(
                        "title",
                        "Form a unified list of terrorist organisations",
                        "titleOriginal",
                        "О формировании единого списка террористических организаций",
                        "themes",
                        List.of("terrorism"),
                        "binds",
                        List.of(arm, rus, tjk, kaz),
                        "due",
                        World.worldDate("2022-06")));
        conferenceProposal = world.proposal(
                s1,
                kaz,
                "2021-11-10",
                map("title", "Hold a conference on Afghanistan", "themes", List.of("afghanistan")));
        conferenceDecision = world.decision(
                s2,
                council,
                "2022-01-10",
                map("title", "Convene the Afghanistan conference", "themes", List.of("afghanistan")));
        world.status(conferenceProposal, "ADOPTED", "2022-01-10");
        world.link(conferenceProposal, "ADOPTED_AS", conferenceDecision, "2022-01-10");
        withdrawal = world.pledge(
                s2,
                rus,
                "2022-01-10",
                map(
                        "title",
                        "Withdraw the peacekeeping contingent",
                        "themes",
                        List.of("peacekeeping"),
                        "due",
                        World.worldDate("2022-01-20")));
        exercise = world.pledge(
                s2,
                rus,
                "2022-01-10",
                map(
                        "title",
                        "Hold a joint exercise",
                        "themes",
                        List.of("peacekeeping"),
                        "due",
                        World.worldDate("2022-01-20")));
        world.status(exercise, "FULFILLED", "2022-01-19");

        world.followUp(terrorList, s2, tjk, "REPORTED_NOT_IMPLEMENTED", "2022-01-10");
        world.followUp(terrorList, s3, tjk, "CALLED_FOR", "2022-11-23");
        world.assess(terrorList, arm, "FINAL", "+1", "2022-12-01");
        world.assess(terrorList, rus, "FINAL", "n/a", "2022-12-01");
        world.assess(terrorList, tjk, "FINAL", "-1", "2022-12-01");

        Projections.awaitCaughtUp(api);
        beforeCorrections = Instant.now();
        pause();
        titleCorrection =
                world.correct(terrorList, 0, "TITLE", "Form a single list of terrorist organisations", "2023-01-05");
        world.correct(terrorList, 0, "DUE", "2023", "2023-01-05");
        Projections.awaitCaughtUp(api);
    }

    /** Event timestamps are stored to the millisecond; a short pause keeps recording instants apart. */
    public static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
