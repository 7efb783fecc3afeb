package org.commitmenttracker.seeds;

/**
 * The outcome of loading one seed file: how many records it holds, how many were recorded now (one event each) and how
 * many were already in the register from an earlier load.
 */
public record LoadReport(String file, int records, int recorded, int alreadyPresent) {}
