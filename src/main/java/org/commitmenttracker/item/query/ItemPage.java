package org.commitmenttracker.item.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of the item list, with the time axes it was answered for. */
public record ItemPage(List<ItemRow> items, int page, int size, long total, LocalDate asOf, Instant knownAt) {}
