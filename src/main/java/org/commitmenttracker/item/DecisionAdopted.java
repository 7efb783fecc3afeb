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
        Source source,
        String summaryRu,
        String quote)
        implements ItemEvent {
    /**
     * Without a Russian summary or a quoted passage: a shorthand for code that records neither. Stored events load
     * through the canonical constructor, with missing fields as null.
     */
    public DecisionAdopted(
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
            Source source) {
        this(
                itemId,
                sessionId,
                adoptedBy,
                documentType,
                titleOriginal,
                title,
                text,
                listPosition,
                themes,
                binds,
                due,
                figures,
                worldDate,
                source,
                null,
                null);
    }
}
