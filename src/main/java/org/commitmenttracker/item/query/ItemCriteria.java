package org.commitmenttracker.item.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.shared.refusal.InvalidField;

/**
 * Which items a query is about: every criterion is optional (null or empty means "any"), and they combine with AND. The
 * list's filters ({@link ItemFilter}) map onto these; reports add the criteria they need with the {@code with...}
 * methods. How a criterion becomes SQL is the business of this package alone.
 *
 * @param sessions items introduced at one of these sessions
 * @param notIntroducedAt items not introduced at this session
 * @param ids only these items
 * @param followedUp true: items with at least one follow-up (as of the date asked)
 * @param notClosedOn items that were not closed on this world date (open then, or not yet opened)
 * @param dueBy items whose due date's last day is on or before this date (an item with no due date is not)
 * @param dueFrom items whose due date's last day is on or after this date (an item with no due date is not)
 */
public record ItemCriteria(
        ItemKind kind,
        ItemStatus status,
        Boolean open,
        Boolean overdue,
        String party,
        String body,
        Set<String> sessions,
        String notIntroducedAt,
        String theme,
        LocalDate from,
        LocalDate to,
        String text,
        Set<String> ids,
        Boolean followedUp,
        LocalDate notClosedOn,
        LocalDate dueBy,
        LocalDate dueFrom) {

    private static final ItemCriteria ANY = new ItemCriteria(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public ItemCriteria {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidField("from", "must not be after to");
        }
        party = blankToNull(party);
        body = blankToNull(body);
        notIntroducedAt = blankToNull(notIntroducedAt);
        theme = blankToNull(theme);
        text = blankToNull(text);
        sessions = sessions == null ? Set.of() : Set.copyOf(sessions);
        ids = ids == null ? Set.of() : Set.copyOf(ids);
    }

    /** Every item. */
    public static ItemCriteria any() {
        return ANY;
    }

    public ItemCriteria withOpen(Boolean value) {
        return edit(c -> c.open = value);
    }

    public ItemCriteria withOverdue(Boolean value) {
        return edit(c -> c.overdue = value);
    }

    public ItemCriteria withParty(String value) {
        return edit(c -> c.party = value);
    }

    public ItemCriteria withBody(String value) {
        return edit(c -> c.body = value);
    }

    public ItemCriteria withTheme(String value) {
        return edit(c -> c.theme = value);
    }

    /** Opened within these world dates, both included; either may be null. */
    public ItemCriteria withOpened(LocalDate first, LocalDate last) {
        return edit(c -> {
            c.from = first;
            c.to = last;
        });
    }

    public ItemCriteria withSessions(Collection<String> value) {
        return edit(c -> c.sessions = value == null ? null : Set.copyOf(value));
    }

    public ItemCriteria withNotIntroducedAt(String session) {
        return edit(c -> c.notIntroducedAt = session);
    }

    public ItemCriteria withIds(Collection<String> value) {
        return edit(c -> c.ids = value == null ? null : Set.copyOf(value));
    }

    public ItemCriteria withFollowedUp(Boolean value) {
        return edit(c -> c.followedUp = value);
    }

    public ItemCriteria withNotClosedOn(LocalDate date) {
        return edit(c -> c.notClosedOn = date);
    }

    public ItemCriteria withDueBy(LocalDate date) {
        return edit(c -> c.dueBy = date);
    }

    public ItemCriteria withDueFrom(LocalDate date) {
        return edit(c -> c.dueFrom = date);
    }

    /** A copy with one change: the constructor is written out once, here, and checks the result as it checks any. */
    private ItemCriteria edit(Consumer<Draft> change) {
        Draft c = new Draft();
        change.accept(c);
        return new ItemCriteria(
                c.kind,
                c.status,
                c.open,
                c.overdue,
                c.party,
                c.body,
                c.sessions,
                c.notIntroducedAt,
                c.theme,
                c.from,
                c.to,
                c.text,
                c.ids,
                c.followedUp,
                c.notClosedOn,
                c.dueBy,
                c.dueFrom);
    }

    /** This criteria's fields, to change by name before {@link #edit} builds the copy. */
    private final class Draft {
        ItemKind kind = ItemCriteria.this.kind;
        ItemStatus status = ItemCriteria.this.status;
        Boolean open = ItemCriteria.this.open;
        Boolean overdue = ItemCriteria.this.overdue;
        String party = ItemCriteria.this.party;
        String body = ItemCriteria.this.body;
        Set<String> sessions = ItemCriteria.this.sessions;
        String notIntroducedAt = ItemCriteria.this.notIntroducedAt;
        String theme = ItemCriteria.this.theme;
        LocalDate from = ItemCriteria.this.from;
        LocalDate to = ItemCriteria.this.to;
        String text = ItemCriteria.this.text;
        Set<String> ids = ItemCriteria.this.ids;
        Boolean followedUp = ItemCriteria.this.followedUp;
        LocalDate notClosedOn = ItemCriteria.this.notClosedOn;
        LocalDate dueBy = ItemCriteria.this.dueBy;
        LocalDate dueFrom = ItemCriteria.this.dueFrom;
    }

    /** Whether the free text is the only criterion (what {@link RankedSearch} answers on its own). */
    boolean textOnly() {
        return text != null && edit(c -> c.text = null).equals(ANY);
    }

    /** Whether a criterion needs the per-item aggregates that only item_overview computes. */
    boolean needsAggregates() {
        return followedUp != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
