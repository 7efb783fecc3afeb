package org.commitmenttracker.reporting.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.query.ItemRow;

/**
 * The figures a monitor looks at first, as of a date and as known at an instant. "Oldest" is by sessions elapsed since
 * the item opened; "recently changed" is by the instant of its latest recorded event.
 */
public record Dashboard(
        long openItems,
        Map<String, Long> openByKind,
        Map<String, Long> openByStatus,
        Map<String, Long> openByTheme,
        Map<String, Long> openByParty,
        long overdueItems,
        List<ItemRow> overdue,
        List<ItemRow> oldestOpen,
        List<ItemRow> mostFollowedUp,
        List<ItemRow> recentlyChanged,
        String body,
        LocalDate asOf,
        Instant knownAt) {}
