-- V226 added rm_session_elapsed_idx with the very keys and columns of V222's rm_session_body_date_recorded_idx: the
-- planner uses either, and every session written paid for both. The older one stays.
DROP INDEX IF EXISTS rm_session_elapsed_idx;
