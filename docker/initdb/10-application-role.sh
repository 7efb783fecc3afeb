#!/bin/sh
# Runs once, when the postgres container initialises its data directory. POSTGRES_USER owns the
# tables (Flyway migrates as it); the tracker connects as tracker_app, which only gets the grants of
# db/afterMigrate__application_role_grants.sql (README, "Database roles").
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$TRACKER_APP_PASSWORD" <<'SQL'
CREATE ROLE tracker_app LOGIN PASSWORD :'app_password';
SQL
