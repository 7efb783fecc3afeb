package org.commitmenttracker.watch;

import java.time.LocalDate;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * A followed item's due date as it stands today. {@code lastDay} is the last day the due date can mean (a month or year
 * counts to its end); {@code days} is how many days remain until it (due soon) or have passed since it (overdue).
 */
public record Deadline(
        String itemId, String kind, String title, String status, WorldDate due, LocalDate lastDay, long days) {}
