#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is new (docker-entrypoint-initdb.d): one database per
# service, each owned by its own login role, none readable by the others.
set -euo pipefail

create_service_database() {
  local database="$1" role="$2" password="$3"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v database="$database" -v role="$role" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create_service_database booking booking "${BOOKING_DB_PASSWORD:?}"
create_service_database screening screening "${SCREENING_DB_PASSWORD:?}"
create_service_database notification notification "${NOTIFICATION_DB_PASSWORD:?}"
