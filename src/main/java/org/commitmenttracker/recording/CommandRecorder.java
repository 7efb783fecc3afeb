package org.commitmenttracker.recording;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.commitmenttracker.eventstore.StoredEventSql;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.InvalidFields;
import org.commitmenttracker.web.ETags;
import org.commitmenttracker.web.problem.ProblemMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

    /**
     * Adds the stored position of a replayed answer's event (a stored answer keeps no position). A fresh answer already
     * has it, read in the command's own transaction.
     */
    private ResponseEntity<Recorded> withPosition(ResponseEntity<Recorded> answer) {
        Recorded recorded = answer.getBody();
        if (recorded == null || answer.getHeaders().containsHeader(ReadYourWrites.POSITION)) {
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
        // Checked again here for callers that built the request without CommandPreconditions: the column holds 200.
        CommandPreconditions.of(request.idempotencyKey(), null);
        return transaction.execute(tx -> {
            if (request.idempotencyKey() != null) {
                var earlier = keys.claim(request.idempotencyKey(), request.fingerprint());
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            refuseStale(request.expectedVersion(), aggregateId);
            commands.sendAndWait(request.command());
            StoredHead head = storedHead(aggregateId);
            ResponseEntity<Recorded> answer = ResponseEntity.status(status)
                    .location(location == null ? null : URI.create(location))
                    .eTag(ETags.of(head.version()))
                    .body(new Recorded(aggregateId, head.version()));
            if (request.idempotencyKey() != null) {
                keys.complete(request.idempotencyKey(), answer);
            }
            return ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .header(ReadYourWrites.POSITION, String.valueOf(head.position()))
                    .body(answer.getBody());
        });
    }

    /** The aggregate's latest event: its sequence number (the version) and its global index (the position). */
    private record StoredHead(long version, long position) {}

    /**
     * The version and the read-your-writes position in one query, inside the command's transaction: the index is drawn
     * at insert, so it is final before the commit. Two queries, one of them after the commit on another pooled
     * connection, cost every HTTP command two round trips (issue #17's profile).
     */
    private StoredHead storedHead(String aggregateId) {
        return jdbc.sql(StoredEventSql.LATEST_EVENT_OF_AGGREGATE)
                .param(aggregateId)
                .query((row, n) -> new StoredHead(row.getLong(1), row.getLong(2)))
                .single();
    }

    /** One command of a batch, with the label that names where it came from (a table's row and column). */
    public record Labelled(String label, Object command, String aggregateId) {}

    /**
     * Records a batch of commands about existing aggregates as one fact: in one transaction, so that all of them are
     * recorded or none is, under one Idempotency-Key. Every command that is refused is reported under its label, all in
     * one 400 answer, and nothing is recorded. The answer names the batch and how many commands it recorded; the
     * position header is the highest of the batch's events.
     */
    public ResponseEntity<Recorded> recordAll(
            CommandPreconditions preconditions, String batchId, List<Labelled> batch) {
        CommandRequest request =
                preconditions.create(batch.stream().map(Labelled::command).toList());
        return transaction.execute(tx -> {
            if (request.idempotencyKey() != null) {
                var earlier = keys.claim(request.idempotencyKey(), request.fingerprint());
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            List<InvalidField> refused = new ArrayList<>();
            for (Labelled labelled : batch) {
                try {
                    commands.sendAndWait(labelled.command());
                } catch (RuntimeException refusal) {
                    refused.add(new InvalidField(labelled.label(), reason(refusal)));
                }
            }
            if (!refused.isEmpty()) {
                throw new InvalidFields(refused);
            }
            ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
            batchPosition(batch)
                    .ifPresent(position -> answer.header(ReadYourWrites.POSITION, String.valueOf(position)));
            ResponseEntity<Recorded> recorded = answer.body(new Recorded(batchId, batch.size()));
            if (request.idempotencyKey() != null) {
                keys.complete(request.idempotencyKey(), recorded);
            }
            return recorded;
        });
    }

    private java.util.Optional<Long> batchPosition(List<Labelled> batch) {
        return batch.stream()
                .map(Labelled::aggregateId)
                .distinct()
                .flatMap(id -> eventStore
                        .lastSequenceNumberFor(id)
                        .flatMap(version -> jdbc.sql(StoredEventSql.GLOBAL_INDEX_OF_AGGREGATE_EVENT)
                                .params(id, version)
                                .query(Long.class)
                                .optional())
                        .stream())
                .max(Long::compare);
    }

    /** Why a command of a batch was refused, in the words its own answer would have used. */
    private static String reason(RuntimeException refusal) {
        ProblemDetail problem = ProblemMapper.map(refusal).orElseThrow(() -> refusal);
        List<java.util.Map<String, String>> fields = ProblemMapper.fieldErrors(problem);
        return fields.isEmpty()
                ? problem.getDetail()
                : fields.stream()
                        .map(error -> error.get("field") + " " + error.get("reason"))
                        .collect(java.util.stream.Collectors.joining("; "));
    }
}
