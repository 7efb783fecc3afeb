package org.commitmenttracker.register.body;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * A party joined or left a body, or suspended or resumed its participation, on {@code worldDate}. One event with a
 * typed change rather than four: they carry the same facts and are checked against the same timeline.
 */
@Revision("1")
public record MembershipChanged(
        String code, String party, MembershipChange change, WorldDate worldDate, Source source, String note)
        implements BodyEvent {}
