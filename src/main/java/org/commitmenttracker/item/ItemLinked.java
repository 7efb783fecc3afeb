package org.commitmenttracker.item;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** The item was linked to another. */
@Revision("1")
public record ItemLinked(
        String itemId, LinkRelation relation, String target, String note, WorldDate worldDate, Source source)
        implements ItemEvent {}
