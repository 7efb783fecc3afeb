package org.commitmenttracker.eventstore;

import java.lang.management.ManagementFactory;

/** The name this tracker node claims processor segments under: configured, or Axon's default (pid@host). */
public record NodeName(String value) {

    static NodeName of(String configured) {
        return new NodeName(
                configured == null || configured.isBlank()
                        ? ManagementFactory.getRuntimeMXBean().getName()
                        : configured.strip());
    }
}
