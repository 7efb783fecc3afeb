-- Tracker nodes sharing this database, each renewing its row while it runs. A node counts the
-- nodes seen lately to know its fair share of every processor's segments (SegmentBalancer).
CREATE TABLE tracker_node (
    node_name  VARCHAR(255) PRIMARY KEY,
    seen_at    TIMESTAMPTZ  NOT NULL
);
