package org.commitmenttracker.eventstore.integrity;

/** One aggregate in a checkpoint: its id, the sequence of its last event then, and that event's chain hash. */
record CheckpointLeaf(String aggregate, long sequence, byte[] head) {}
