package org.commitmenttracker.item;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** A party gave a pledge. */
@Revision("1")
public record PledgeGiven(
        String itemId,
        String sessionId,
        String pledgedBy,
        String person,
        String category,
        String title,
        String text,
        List<String> themes,
        WorldDate due,
        String implementsDecision,
        List<Figure> figures,
        WorldDate worldDate,
        Source source,
        String summaryRu,
        String quote,
        String personRu)
        implements ItemEvent {}
