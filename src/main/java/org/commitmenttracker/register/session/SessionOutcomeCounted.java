package org.commitmenttracker.register.session;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;

/**
 * A report gave the number of documents of one outcome at the session. A later count of the same outcome replaces the
 * earlier one (a fuller report); the session's date is the outcome's world date.
 */
@Revision("1")
public record SessionOutcomeCounted(String sessionId, OutcomeKind outcome, int count, String note, Source source)
        implements SessionEvent {}
