package org.commitmenttracker.watch;

import java.time.Instant;
import java.util.UUID;

/** One thing a user follows. */
public record Watch(UUID id, WatchKind kind, String target, Instant createdAt) {}
