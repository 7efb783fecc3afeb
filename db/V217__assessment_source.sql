-- An assessment's source in the item read model, as evidence already has it: the compliance report cites the source
-- of each assessment it counts, and read it from the event store item by item (one stream per commitment). The items
-- projection writes it from now on (a rebuild reproduces it); rows already projected take it from their event here.
ALTER TABLE rm_item_assessment ADD COLUMN source JSONB;
UPDATE rm_item_assessment a
SET source = convert_from(e.payload, 'UTF8')::jsonb -> 'source'
FROM domain_event_entry e
WHERE e.aggregate_identifier = a.item_id AND e.sequence_number = a.version AND e.payload_type LIKE '%.PartyAssessed';
