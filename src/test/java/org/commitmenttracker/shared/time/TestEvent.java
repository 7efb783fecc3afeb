package org.commitmenttracker.shared.time;

import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * The test's own record of a fact it sent: which recording batch it belongs to, and just the fields the fold needs. It
 * shares no code with the projection.
 */
sealed interface TestEvent {

    String itemId();

    long version();

    int batch();

    record Opened(
            String itemId,
            long version,
            int batch,
            ItemKind kind,
            String sessionId,
            String actor,
            List<String> binds,
            String title,
            List<String> themes,
            WorldDate due,
            WorldDate date)
            implements TestEvent {}

    record StatusSet(String itemId, long version, int batch, String to, WorldDate date) implements TestEvent {}

    record FollowedUp(String itemId, long version, int batch, String sessionId, WorldDate date) implements TestEvent {}

    /** Assessments and links: they change the item's version but nothing the list shows. */
    record Other(String itemId, long version, int batch) implements TestEvent {}

    record Corrected(String itemId, long version, int batch, long correctsVersion, String field, String value)
            implements TestEvent {}

    record Session(String sessionId, int batch, WorldDate date) {}

    /** A party joined, left, suspended or resumed its participation in the body: counts from {@code from}. */
    record MembershipChange(String party, int batch, LocalDate from, String change) {}
}
