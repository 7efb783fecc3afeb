package org.commitmenttracker.recording;

/** The answer to a recorded fact: which aggregate, and its version after the fact (also the ETag). */
public record Recorded(String id, long version) {}
