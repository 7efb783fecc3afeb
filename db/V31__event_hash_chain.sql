-- Tamper evidence: the events of every aggregate form a hash chain, kept in the event rows.
--
--   chain_hash(n) = sha256( chain_hash(n-1)            -- 32 zero bytes for sequence 0
--                           || f(aggregate_identifier) || int8(sequence_number)
--                           || f(event_identifier) || f(time_stamp) || f(type)
--                           || f(payload_type) || f(payload_revision) || f(payload) || f(meta_data) )
--   f(x)          = int4(byte length of x) || x, or int4(-1) when x is NULL; text is UTF-8
--
-- The length prefixes keep field boundaries unambiguous. integrity.EventChain computes the same in
-- Java, and the verify operation (GET /api/admin/integrity, --verify-integrity) recomputes every
-- chain from the rows. event_chain_head keeps each aggregate's last sequence and hash, so a
-- removed tail is noticed although no later event points back at it.
--
-- Events stored before this migration are chained here as they stand: the chain vouches for them
-- only from now on.

ALTER TABLE domain_event_entry ADD COLUMN chain_hash BYTEA;

CREATE TABLE event_chain_head (
    aggregate_identifier VARCHAR(255) PRIMARY KEY,
    last_sequence        BIGINT NOT NULL,
    last_hash            BYTEA  NOT NULL
);

CREATE FUNCTION event_chain_field(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN value IS NULL THEN '\xffffffff'::BYTEA ELSE int4send(length(value)) || value END $$;

CREATE FUNCTION event_chain_hash(previous BYTEA, aggregate_identifier TEXT, sequence_number BIGINT,
                                 event_identifier TEXT, time_stamp TEXT, type TEXT, payload_type TEXT,
                                 payload_revision TEXT, payload BYTEA, meta_data BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$
SELECT sha256(previous
                  || event_chain_field(convert_to(aggregate_identifier, 'UTF8'))
                  || int8send(sequence_number)
                  || event_chain_field(convert_to(event_identifier, 'UTF8'))
                  || event_chain_field(convert_to(time_stamp, 'UTF8'))
                  || event_chain_field(convert_to(type, 'UTF8'))
                  || event_chain_field(convert_to(payload_type, 'UTF8'))
                  || event_chain_field(convert_to(payload_revision, 'UTF8'))
                  || event_chain_field(payload)
                  || event_chain_field(meta_data))
$$;

-- Chain what is already stored, aggregate by aggregate in sequence order.
DO
$$
    DECLARE
        e         RECORD;
        previous  BYTEA;
        aggregate TEXT;
    BEGIN
        FOR e IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number
            LOOP
                IF aggregate IS DISTINCT FROM e.aggregate_identifier THEN
                    previous := decode(repeat('00', 32), 'hex');
                    aggregate := e.aggregate_identifier;
                END IF;
                previous := event_chain_hash(previous, e.aggregate_identifier, e.sequence_number, e.event_identifier,
                                             e.time_stamp, e.type, e.payload_type, e.payload_revision, e.payload, e.meta_data);
                UPDATE domain_event_entry SET chain_hash = previous WHERE global_index = e.global_index;
            END LOOP;
        INSERT INTO event_chain_head (aggregate_identifier, last_sequence, last_hash)
        SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier, sequence_number, chain_hash
        FROM domain_event_entry
        ORDER BY aggregate_identifier, sequence_number DESC;
    END
$$;

ALTER TABLE domain_event_entry ALTER COLUMN chain_hash SET NOT NULL;

-- Before each insert: link the new event to its predecessor. Whatever hash the writer supplied is
-- replaced. The predecessor is read without locking; two writers racing for one sequence number
-- still meet at the unique key, which keeps Axon's concurrency check (a 409) unchanged.
CREATE FUNCTION event_chain_link() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    previous BYTEA;
BEGIN
    IF NEW.sequence_number = 0 THEN
        previous := decode(repeat('00', 32), 'hex');
    ELSE
        SELECT chain_hash INTO previous FROM domain_event_entry
        WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
        IF previous IS NULL THEN
            RAISE EXCEPTION 'event % of % cannot be chained: event % is not stored', NEW.sequence_number,
                NEW.aggregate_identifier, NEW.sequence_number - 1;
        END IF;
    END IF;
    NEW.chain_hash := event_chain_hash(previous, NEW.aggregate_identifier, NEW.sequence_number, NEW.event_identifier,
                                       NEW.time_stamp, NEW.type, NEW.payload_type, NEW.payload_revision, NEW.payload,
                                       NEW.meta_data);
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_chain_link
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_chain_link();

-- After each insert (so only once the unique key has admitted it): move the aggregate's head.
CREATE FUNCTION event_chain_advance_head() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO event_chain_head (aggregate_identifier, last_sequence, last_hash)
    VALUES (NEW.aggregate_identifier, NEW.sequence_number, NEW.chain_hash)
    ON CONFLICT (aggregate_identifier) DO UPDATE
        SET last_sequence = EXCLUDED.last_sequence, last_hash = EXCLUDED.last_hash
        WHERE event_chain_head.last_sequence < EXCLUDED.last_sequence;
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_chain_head
    AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_chain_advance_head();
