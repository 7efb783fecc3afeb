package org.commitmenttracker.item;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** A party stated a position on record: support, concern, an assessment. It asks nothing and binds no one. */
@Revision("1")
public record StatementMade(
        String itemId,
        String sessionId,
        String onBehalfOf,
        String person,
        String title,
        String text,
        List<String> themes,
        List<Figure> figures,
        WorldDate worldDate,
        Source source,
        String summaryRu,
        String quote,
        String personRu)
        implements ItemEvent {}
