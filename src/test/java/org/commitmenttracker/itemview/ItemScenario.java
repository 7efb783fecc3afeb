package org.commitmenttracker.itemview;

import static org.commitmenttracker.support.World.map;

import java.time.Instant;
import java.util.List;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;

/**
 * A small register recorded through the command API: a decision followed up at two later sessions
 * and corrected twice, a proposal adopted as a decision, an overdue pledge and a fulfilled one,
 * and assessments including n/a. Built once per test class.
 */
final class ItemScenario {

    final World world;
    final String arm;
    final String rus;
    final String tjk;
    final String kaz;
    final String council;
    final String s1;
    final String s2;
    final String s3;
    final String terrorList;
    final String conferenceProposal;
    final String conferenceDecision;
    final String withdrawal;
    final String exercise;
    final Instant beforeCorrections;
    final long titleCorrection;

    ItemScenario(Api api) {
        world = new World(api);
        arm = world.party("ARM");
        rus = world.party("RUS");
        tjk = world.party("TJK");
        kaz = world.party("KAZ");
        council = world.body("CSC", List.of(arm, rus, tjk, kaz));
        s1 = world.session(council, "2021-11-10", arm, map("title", "Regular session 2021"));
        s2 = world.session(council, "2022-01-10", arm, map("title", "Extraordinary session on Kazakhstan",
                "handover", map("from", arm, "to", rus, "effective", World.worldDate("2022-01-10"))));
        s3 = world.session(council, "2022-11-23", rus, map("title", "Regular session 2022"));

        terrorList = world.decision(s1, council, "2021-11-10", map(
                "title", "Form a unified list of terrorist organisations",
                "titleOriginal", "О формировании единого списка террористических организаций",
                "themes", List.of("terrorism"), "binds", List.of(arm, rus, tjk, kaz),
                "due", World.worldDate("2022-06")));
        conferenceProposal = world.proposal(s1, kaz, "2021-11-10", map(
                "title", "Hold a conference on Afghanistan", "themes", List.of("afghanistan")));
        conferenceDecision = world.decision(s2, council, "2022-01-10", map(
                "title", "Convene the Afghanistan conference", "themes", List.of("afghanistan")));
        world.status(conferenceProposal, "ADOPTED", "2022-01-10");
        world.link(conferenceProposal, "ADOPTED_AS", conferenceDecision, "2022-01-10");
        withdrawal = world.pledge(s2, rus, "2022-01-10", map(
                "title", "Withdraw the peacekeeping contingent", "themes", List.of("peacekeeping"),
                "due", World.worldDate("2022-01-20")));
        exercise = world.pledge(s2, rus, "2022-01-10", map(
                "title", "Hold a joint exercise", "themes", List.of("peacekeeping"),
                "due", World.worldDate("2022-01-20")));
        world.status(exercise, "FULFILLED", "2022-01-19");

        world.followUp(terrorList, s2, tjk, "REPORTED_NOT_IMPLEMENTED", "2022-01-10");
        world.followUp(terrorList, s3, tjk, "CALLED_FOR", "2022-11-23");
        world.assess(terrorList, arm, "FINAL", "+1", "2022-12-01");
        world.assess(terrorList, rus, "FINAL", "n/a", "2022-12-01");
        world.assess(terrorList, tjk, "FINAL", "-1", "2022-12-01");

        Projections.awaitCaughtUp(api);
        beforeCorrections = Instant.now();
        pause();
        titleCorrection = world.correct(terrorList, 0, "TITLE", "Form a single list of terrorist organisations", "2023-01-05");
        world.correct(terrorList, 0, "DUE", "2023", "2023-01-05");
        Projections.awaitCaughtUp(api);
    }

    /** Event timestamps are stored to the millisecond; a short pause keeps recording instants apart. */
    static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
