package org.commitmenttracker.eventstore.integrity;

/** One row of the event table, with the columns the hash chain covers and the hash stored with it. */
record StoredEvent(
        String aggregate,
        long sequence,
        String eventId,
        String timeStamp,
        String type,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData,
        byte[] chainHash) {}
