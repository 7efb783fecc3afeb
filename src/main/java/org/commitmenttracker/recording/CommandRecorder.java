package org.commitmenttracker.recording;

import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.commitmenttracker.eventstore.StoredEventSql;
import org.commitmenttracker.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a command and answers with the aggregate's new version. The idempotency key, the events and the stored answer
 * share one database transaction, so a key exists exactly when its events do.
 *
 * <p>Every answer also carries {@value ReadYourWrites#POSITION} (the global index of the aggregate's event at that
 * version): a client that sends it back with a query reads at least what it wrote.
 */
@Component
public class CommandRecorder {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    CommandRecorder(
            CommandGateway commands,
            EventStore eventStore,
            IdempotencyKeys keys,
            TransactionTemplate transaction,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.eventStore = eventStore;
        this.keys = keys;
        this.transaction = transaction;
    }

    /**
     * Records a fact that creates an aggregate: 201 with its address. The address is built from client-supplied ids, so
     * it is only turned into a URI once the command has been validated.
     */
    public ResponseEntity<Recorded> create(CommandRequest request, String aggregateId, String location) {
        return withPosition(send(request, aggregateId, HttpStatus.CREATED, location));
    }

    /** Records a fact about an existing aggregate: 200. */
    public ResponseEntity<Recorded> update(CommandRequest request, String aggregateId) {
        return withPosition(send(request, aggregateId, HttpStatus.OK, null));
    }

    /** Adds the stored position of the answer's event; after the commit, so a replayed answer gets it too. */
    private ResponseEntity<Recorded> withPosition(ResponseEntity<Recorded> answer) {
        Recorded recorded = answer.getBody();
        if (recorded == null) {
            return answer;
        }
        return jdbc.sql(StoredEventSql.GLOBAL_INDEX_OF_AGGREGATE_EVENT)
                .params(recorded.id(), recorded.version())
                .query(Long.class)
                .optional()
                .map(position -> ResponseEntity.status(answer.getStatusCode())
                        .headers(answer.getHeaders())
                        .header(ReadYourWrites.POSITION, String.valueOf(position))
                        .body(recorded))
                .orElse(answer);
    }

    /**
     * A client that saw an older version is told so before the command runs, so that a stale view is reported as such
     * (412) rather than as whatever rule the newer state happens to break. Axon checks the version again when the
     * events are stored, which covers a change in between.
     */
    private void refuseStale(Long expectedVersion, String aggregateId) {
        if (expectedVersion == null) {
            return;
        }
        eventStore
                .lastSequenceNumberFor(aggregateId)
                .filter(actual -> actual != expectedVersion.longValue())
                .ifPresent(actual -> {
                    throw new ConflictingAggregateVersionException(aggregateId, expectedVersion, actual);
                });
    }

    private ResponseEntity<Recorded> send(
            CommandRequest request, String aggregateId, HttpStatus status, String location) {
        IdempotencyKeys.check(request.idempotencyKey());
        return transaction.execute(tx -> {
            if (request.idempotencyKey() != null) {
                var earlier = keys.claim(request.idempotencyKey(), request.fingerprint());
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            refuseStale(request.expectedVersion(), aggregateId);
            commands.sendAndWait(request.command());
            long version = eventStore.lastSequenceNumberFor(aggregateId).orElseThrow();
            ResponseEntity<Recorded> answer = ResponseEntity.status(status)
                    .location(location == null ? null : URI.create(location))
                    .eTag(ETags.of(version))
                    .body(new Recorded(aggregateId, version));
            if (request.idempotencyKey() != null) {
                keys.complete(request.idempotencyKey(), answer);
            }
            return answer;
        });
    }
}
