/**
 * The platform under every module: the datasource, Axon's JDBC event store on PostgreSQL, the recorder metadata, and
 * the only code that reads the event table by name. {@code projection} runs the read models (processors, savepoints,
 * dead letters, rebuild), {@code integrity} verifies the hash chain, {@code reconciliation} compares events stored with
 * events applied.
 */
@ApplicationModule(displayName = "Event store")
package org.commitmenttracker.eventstore;

import org.springframework.modulith.ApplicationModule;
