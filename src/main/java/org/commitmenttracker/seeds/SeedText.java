package org.commitmenttracker.seeds;

/** A seed file as given: the name used in messages and metadata, and its YAML. */
public record SeedText(String name, String text) {}
