package org.commitmenttracker.item.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
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
        LocalDate notClosedOn) {

    private static final ItemCriteria ANY =
            new ItemCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

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
        return new ItemCriteria(
                kind,
                status,
                value,
                overdue,
                party,
                body,
                sessions,
                notIntroducedAt,
                theme,
                from,
                to,
                text,
                ids,
                followedUp,
                notClosedOn);
    }

    public ItemCriteria withOverdue(Boolean value) {
        return new ItemCriteria(
                kind,
                status,
                open,
                value,
                party,
                body,
                sessions,
                notIntroducedAt,
                theme,
                from,
                to,
                text,
                ids,
                followedUp,
                notClosedOn);
    }

    public ItemCriteria withParty(String value) {
        return new ItemCriteria(
                kind,
                status,
                open,
                overdue,
                value,
                body,
                sessions,
                notIntroducedAt,
                theme,
                from,
                to,
                text,
                ids,
                followedUp,
                notClosedOn);
    }

    public ItemCriteria withBody(String value) {
        return new ItemCriteria(
                kind,
                status,
                open,
                overdue,
                party,
                value,
                sessions,
                notIntroducedAt,
                theme,
                from,
                to,
                text,
                ids,
                followedUp,
                notClosedOn);
    }

    public ItemCriteria withTheme(String value) {
        return new ItemCriteria(
                kind,
                status,
                open,
                overdue,
                party,
                body,
                sessions,
                notIntroducedAt,
                value,
                from,
                to,
                text,
                ids,
                followedUp,
                notClosedOn);
    }

    /** Opened within these world dates, both included; either may be null. */
    public ItemCriteria withOpened(LocalDate first, LocalDate last) {
        return new ItemCriteria(
                kind,
                status,
                open,
                overdue,
                party,
                body,
                sessions,
                notIntroducedAt,
                theme,
                first,
                last,
                text,
                ids,
                followedUp,
                notClosedOn);
    }

    public ItemCriteria withSessions(Collection<String> value) {
        return new ItemCriteria(
                kind,
                status,
                open,
                overdue,
                party,
                body,
                Set.copyOf(value),
                notIntroducedAt,
                theme,
                from,
                to,
                text,
                ids,
                followedUp,
                notClosedOn);
    }

    public ItemCriteria withNotIntroducedAt(String session) {
        return new ItemCriteria(
                kind,
                status,
                open,
                overdue,
                party,
                body,
                sessions,
                session,
                theme,
                from,
                to,
                text,
                ids,
                followedUp,
                notClosedOn);
    }

    public ItemCriteria withIds(Collection<String> value) {
        return new ItemCriteria(
                kind,
                status,
                open,
                overdue,
                party,
                body,
                sessions,
                notIntroducedAt,
                theme,
                from,
                to,
                text,
                Set.copyOf(value),
                followedUp,
                notClosedOn);
    }

    public ItemCriteria withFollowedUp(Boolean value) {
        return new ItemCriteria(
                kind,
                status,
                open,
                overdue,
                party,
                body,
                sessions,
                notIntroducedAt,
                theme,
                from,
                to,
                text,
                ids,
                value,
                notClosedOn);
    }

    public ItemCriteria withNotClosedOn(LocalDate date) {
        return new ItemCriteria(
                kind,
                status,
                open,
                overdue,
                party,
                body,
                sessions,
                notIntroducedAt,
                theme,
                from,
                to,
                text,
                ids,
                followedUp,
                date);
    }

    /** Whether a criterion needs the per-item aggregates that only item_overview computes. */
    boolean needsAggregates() {
        return followedUp != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
