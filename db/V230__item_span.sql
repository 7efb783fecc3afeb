-- As-of and known-at lists without computing every item's state at query time (issue #17). One row per item per
-- rectangle of the two time axes in which its listing state (item_listing's columns less the texts and the
-- session's) is constant: `known` is an interval of recording instants, `world` one of world dates. The rectangles
-- of an item do not overlap, so at any (as_of, known_at) an item has at most one row containing the point. Kept by
-- item_span_refresh (R__item_functions_4b_spans.sql), which item_current_refresh calls for the same items, so live
-- batches and the recomputation after a rebuild's replay keep it; while rm_item_current_state.stale is set it is
-- not read. The texts (title, original, body, search vector) stay in rm_item_statement, joined by (item_id, revision).
CREATE TABLE rm_item_span (
    item_id           VARCHAR(64)  NOT NULL,
    known             TSTZRANGE    NOT NULL,
    world             DATERANGE    NOT NULL,
    revision          BIGINT       NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    session_id        VARCHAR(64),
    document_type     VARCHAR(50),
    category          VARCHAR(50),
    actor             VARCHAR(64)  NOT NULL,
    person            VARCHAR(200),
    themes            TEXT[]       NOT NULL,
    binds             TEXT[]       NOT NULL,
    due_date          DATE,
    due_precision     VARCHAR(16),
    due_last_day      DATE,
    opened_on         DATE         NOT NULL,
    opened_precision  VARCHAR(16)  NOT NULL,
    status            VARCHAR(32)  NOT NULL,
    open              BOOLEAN      NOT NULL,
    status_since      DATE         NOT NULL
);
-- By item: the refresh, and a search at past axes, which looks its matches up by item. It carries what that lookup
-- tests and what the joins of item_span_listing name, so a count of the matches reads no table rows.
CREATE INDEX rm_item_span_item_idx ON rm_item_span (item_id) INCLUDE (known, world, revision, session_id, actor);

-- The rectangle as a box (x: seconds since 1970, y: days since 1970; open ends at 1e10 s and 1e6 days) and the
-- point asked as a degenerate box, for a two-dimensional GiST index. A GiST index of the two ranges themselves
-- splits its pages by the first column alone: a point probe then walked every row known at that instant, whatever
-- its world dates (54,000 rows at 100,000 items for 14,900 answers). The box is closed at both ends, so it is
-- a superset of the half-open rectangle; readers test the ranges themselves as well.
CREATE FUNCTION item_span_box(known TSTZRANGE, world DATERANGE) RETURNS BOX
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT box(point(extract(epoch FROM lower(known))::float8, (lower(world) - date '1970-01-01')::float8),
           point(coalesce(extract(epoch FROM upper(known))::float8, 1e10),
                 coalesce((upper(world) - date '1970-01-01')::float8, 1e6)))
$$;
CREATE FUNCTION item_span_point(known_at TIMESTAMPTZ, as_of DATE) RETURNS BOX
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT box(p, p) FROM (SELECT point(
    CASE WHEN known_at = 'infinity' THEN 1e10 WHEN known_at = '-infinity' THEN -1e10
         ELSE least(greatest(extract(epoch FROM known_at)::float8, -1e10), 1e10) END,
    CASE WHEN as_of = 'infinity' THEN 1e6 WHEN as_of = '-infinity' THEN -1e6
         ELSE least(greatest((as_of - date '1970-01-01')::float8, -1e6), 1e6) END) AS p) q
$$;

-- Lists filter by kind and open far more often than not (the benchmark's typical filters, the dashboard): one
-- partial index per kind and open state carries what lists filter, order and join on, so that such a list's count and
-- page are index-only scans of that kind's rows alone. Any other query probes the general index.
CREATE INDEX rm_item_span_axes_idx ON rm_item_span USING GIST (item_span_box(known, world));
CREATE INDEX rm_item_span_decision_open_idx ON rm_item_span USING GIST (item_span_box(known, world))
    INCLUDE (known, world, actor, binds, themes, status, due_last_day, opened_on, session_id, item_id, revision)
    WHERE kind = 'DECISION' AND open;
CREATE INDEX rm_item_span_decision_closed_idx ON rm_item_span USING GIST (item_span_box(known, world))
    INCLUDE (known, world, actor, binds, themes, status, due_last_day, opened_on, session_id, item_id, revision)
    WHERE kind = 'DECISION' AND NOT open;
CREATE INDEX rm_item_span_proposal_open_idx ON rm_item_span USING GIST (item_span_box(known, world))
    INCLUDE (known, world, actor, binds, themes, status, due_last_day, opened_on, session_id, item_id, revision)
    WHERE kind = 'PROPOSAL' AND open;
CREATE INDEX rm_item_span_proposal_closed_idx ON rm_item_span USING GIST (item_span_box(known, world))
    INCLUDE (known, world, actor, binds, themes, status, due_last_day, opened_on, session_id, item_id, revision)
    WHERE kind = 'PROPOSAL' AND NOT open;
CREATE INDEX rm_item_span_pledge_open_idx ON rm_item_span USING GIST (item_span_box(known, world))
    INCLUDE (known, world, actor, binds, themes, status, due_last_day, opened_on, session_id, item_id, revision)
    WHERE kind = 'PLEDGE' AND open;
CREATE INDEX rm_item_span_pledge_closed_idx ON rm_item_span USING GIST (item_span_box(known, world))
    INCLUDE (known, world, actor, binds, themes, status, due_last_day, opened_on, session_id, item_id, revision)
    WHERE kind = 'PLEDGE' AND NOT open;
CREATE INDEX rm_item_span_statement_idx ON rm_item_span USING GIST (item_span_box(known, world))
    INCLUDE (known, world, actor, binds, themes, status, due_last_day, opened_on, session_id, item_id, revision)
    WHERE kind = 'STATEMENT';
