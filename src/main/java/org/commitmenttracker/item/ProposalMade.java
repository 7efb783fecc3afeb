package org.commitmenttracker.item;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** A proposal was made on behalf of a party. */
@Revision("1")
public record ProposalMade(
        String itemId,
        String sessionId,
        String onBehalfOf,
        String person,
        String category,
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
