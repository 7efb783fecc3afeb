package org.commitmenttracker.item.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commitmenttracker.item.query.ItemOrder;
import org.commitmenttracker.item.query.ItemRow;
import org.commitmenttracker.item.query.ItemSort;
import org.commitmenttracker.item.query.ItemSort.SortDirection;
import org.commitmenttracker.item.query.PositionQueries;
import org.commitmenttracker.item.query.SessionAdoptions;
import org.commitmenttracker.item.query.SessionFollowUps;
import org.commitmenttracker.item.query.SessionItemLists;
import org.commitmenttracker.item.query.SessionOutcomes;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Assembles a {@link SessionView} from the session record and item rows at the right dates. */
@Component
public class SessionViews {

    private static final ItemOrder BY_STATUS_DATE = ItemOrder.by(ItemSort.STATUS_SINCE, SortDirection.ASC);

    private final SessionQueries sessions;
    private final SessionFollowUps followUps;
    private final PositionQueries positions;
    private final SessionOutcomes outcomes;
    private final SessionAdoptions adoptions;
    private final SessionItemLists lists;
    private final TransactionTemplate oneSnapshot;

    SessionViews(
            SessionQueries sessions,
            SessionFollowUps followUps,
            PositionQueries positions,
            SessionOutcomes outcomes,
            SessionAdoptions adoptions,
            SessionItemLists lists,
            PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.followUps = followUps;
        this.positions = positions;
        this.outcomes = outcomes;
        this.adoptions = adoptions;
        this.lists = lists;
        this.oneSnapshot = new TransactionTemplate(transactions);
        this.oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.oneSnapshot.setReadOnly(true);
    }

    public SessionView view(String sessionId, TimeAxes axes) {
        return view(sessionId, axes, SessionPaging.first());
    }

    /**
     * In one snapshot: the closed list reuses the set of items changed since knownAt that the carried-over list's
     * statement found, and the stale flag of the derived tables decides how both read. In statements of their own, a
     * write or the end of a recomputation between them would drop items from the closed list or count them twice.
     */
    public SessionView view(String sessionId, TimeAxes axes, SessionPaging paging) {
        return oneSnapshot.execute(status -> assemble(sessionId, axes, paging));
    }

    private SessionView assemble(String sessionId, TimeAxes axes, SessionPaging paging) {
        SessionQueries.Viewed viewed = sessions.viewed(sessionId, axes)
                .orElseThrow(() -> new NotRecorded(
                        "session", sessionId + " as held by " + axes.asOf() + " and known at " + axes.knownAt()));
        SessionFacts held = viewed.facts();
        SessionFacts.Reference previous = viewed.previous();
        TimeAxes onSessionDate = axes.onDate(held.worldDate().date());
        // Carried over from earlier sessions: what this session introduced is listed as introduced only. With it come
        // the items changed since knownAt, for the closed list too.
        SessionItemLists.Carried carried =
                lists.carriedOver(held.body(), sessionId, onSessionDate, paging.size(), paging.offset());
        SessionItemLists.Page carriedOver = carried.page();
        SessionItemLists.Page introduced = lists.introduced(sessionId, axes, paging.size(), paging.offset());
        SessionItemLists.Page closedSincePrevious = lists.closedSince(
                held.body(),
                previous == null ? null : previous.date(),
                onSessionDate,
                carried.changed(),
                BY_STATUS_DATE,
                paging.size(),
                paging.offset());
        SessionFollowUps.Page raised = followUps.at(sessionId, axes, paging.size(), paging.offset());
        // The rows of all four pages in one statement: two lists are at the session's date, two at the view's axes.
        // The followed-up rows come from the stored rows with the status on the date asked, as the lists' rows do,
        // not from item_current's two passes.
        SessionItemLists.RowsAt rows = lists.rows(
                concat(carriedOver.ids(), closedSincePrevious.ids()),
                onSessionDate,
                concat(
                        introduced.ids(),
                        raised.followUps().stream()
                                .map(SessionFollowUps.FollowUp::itemId)
                                .toList()),
                axes);
        // The introduced total is the count of the session's items there at these axes, which the session's count is.
        SessionFacts session = held.withCounts(introduced.total(), held.followUps());
        return new SessionView(
                session,
                inOrder(introduced.ids(), rows.second()),
                followedUp(raised, rows.second()),
                inOrder(carriedOver.ids(), rows.first()),
                previous,
                inOrder(closedSincePrevious.ids(), rows.first()),
                axes.asOf(),
                axes.knownAt(),
                positions.forSession(sessionId, axes),
                outcomes.forSession(sessionId, axes),
                adoptions.forSession(sessionId, axes),
                introduced.total(),
                carriedOver.total(),
                closedSincePrevious.total(),
                raised.total(),
                paging.page(),
                paging.size());
    }

    /**
     * The view with every list whole, for exports, which have no pages: read page after page of the largest size. The
     * axes are fixed instants, so every page reads the same register.
     */
    public SessionView whole(String sessionId, TimeAxes axes) {
        return whole(sessionId, axes, SessionPaging.MAX_SIZE);
    }

    SessionView whole(String sessionId, TimeAxes axes, int size) {
        SessionView first = view(sessionId, axes, new SessionPaging(0, size));
        List<ItemRow> introduced = new ArrayList<>(first.introduced());
        List<SessionView.FollowedUp> followedUp = new ArrayList<>(first.followedUp());
        List<ItemRow> carriedOver = new ArrayList<>(first.carriedOver());
        List<ItemRow> closed = new ArrayList<>(first.closedSincePrevious());
        for (int page = 1; (long) page * size < first.longestList(); page++) {
            SessionView next = view(sessionId, axes, new SessionPaging(page, size));
            introduced.addAll(next.introduced());
            followedUp.addAll(next.followedUp());
            carriedOver.addAll(next.carriedOver());
            closed.addAll(next.closedSincePrevious());
        }
        return new SessionView(
                first.session(),
                introduced,
                followedUp,
                carriedOver,
                first.previousSession(),
                closed,
                first.asOf(),
                first.knownAt(),
                first.positions(),
                first.outcomes(),
                first.adoptions(),
                first.introducedTotal(),
                first.carriedOverTotal(),
                first.closedTotal(),
                first.followedUpTotal(),
                0,
                (int) Math.max(size, first.longestList()));
    }

    private static List<String> concat(List<String> some, List<String> more) {
        List<String> all = new ArrayList<>(some);
        all.addAll(more);
        return all;
    }

    /** The rows of a page of ids, in its order. */
    private static List<ItemRow> inOrder(List<String> ids, Map<String, ItemRow> rows) {
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    private static List<SessionView.FollowedUp> followedUp(SessionFollowUps.Page raised, Map<String, ItemRow> rows) {
        return raised.followUps().stream()
                .filter(f -> rows.containsKey(f.itemId()))
                .map(f -> new SessionView.FollowedUp(
                        rows.get(f.itemId()),
                        f.version(),
                        f.raisedBy(),
                        f.person(),
                        f.stance(),
                        f.note(),
                        f.summaryRu(),
                        f.worldDate(),
                        f.personRu()))
                .toList();
    }
}
