/** Wiring of the stack: the datasource, Axon's JDBC event store on PostgreSQL, and the recorder metadata. */
package org.commitmenttracker.eventstore;
