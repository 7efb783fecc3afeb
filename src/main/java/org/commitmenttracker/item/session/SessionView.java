package org.commitmenttracker.item.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.item.query.ItemRow;
import org.commitmenttracker.item.query.OutcomeCount;
import org.commitmenttracker.item.query.Position;
import org.commitmenttracker.item.query.SessionAdoptions;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * One session. Introduced and followed-up items show their status as of {@code asOf}; the carried over and closed lists
 * describe the session's own date (and the previous session's), as known at {@code knownAt}. The four lists are one
 * page ({@code page}, {@code size}) of their totals.
 */
public record SessionView(
        SessionFacts session,
        List<ItemRow> introduced,
        List<FollowedUp> followedUp,
        List<ItemRow> carriedOver,
        SessionFacts.Reference previousSession,
        List<ItemRow> closedSincePrevious,
        LocalDate asOf,
        Instant knownAt,
        List<Position> positions,
        List<OutcomeCount> outcomes,
        List<SessionAdoptions.Adoption> adoptions,
        long introducedTotal,
        long carriedOverTotal,
        long closedTotal,
        long followedUpTotal,
        int page,
        int size) {

    /** The most items any of the paged lists has: the pages there are. */
    public long longestList() {
        return Math.max(Math.max(introducedTotal, followedUpTotal), Math.max(carriedOverTotal, closedTotal));
    }

    /** An earlier item raised at this session, with the stance taken; {@code personRu} is the name in Russian. */
    public record FollowedUp(
            ItemRow item,
            long version,
            String raisedBy,
            String person,
            String stance,
            String note,
            String summaryRu,
            WorldDate worldDate,
            String personRu) {

        /** The person in the reader's language: the Russian name on Russian pages when one was recorded. */
        public String person(boolean russian) {
            return russian && personRu != null && !personRu.isBlank() ? personRu : person;
        }
    }
}
