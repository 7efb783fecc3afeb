package org.commitmenttracker.item;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** A decision or other document was adopted. */
@Revision("1")
public record DecisionAdopted(
        String itemId,
        String sessionId,
        String adoptedBy,
        String documentType,
        String titleOriginal,
        String title,
        String text,
        Integer listPosition,
        List<String> themes,
        List<String> binds,
        WorldDate due,
        List<Figure> figures,
        WorldDate worldDate,
        Source source)
        implements ItemEvent {}
