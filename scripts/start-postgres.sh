#!/usr/bin/env bash
# Starts the local PostgreSQL 15 cluster (Debian's postgresql-15) and makes sure the test role exists.
# Installs the server when it is missing. Safe to run twice.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql/15 ]; then
  echo "Installing PostgreSQL 15 from Debian…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
if [ ! -d /etc/postgresql/15/main ]; then
  pg_createcluster 15 main >/dev/null
fi
# Tests need no durability: faster without fsync.
conf=/etc/postgresql/15/main/conf.d/vangnet-test.conf
if [ ! -f "$conf" ]; then
  mkdir -p "$(dirname "$conf")"
  printf "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n" > "$conf"
fi
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status >/dev/null
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
su postgres -c "psql -q -h 127.0.0.1 -p 5432 -tc \"SELECT 1 FROM pg_roles WHERE rolname='vangnet'\"" 2>/dev/null | grep -q 1 ||
  su postgres -c "psql -q -c \"CREATE ROLE vangnet LOGIN SUPERUSER PASSWORD 'vangnet'\""
echo "PostgreSQL 15 runs on 127.0.0.1:5432 (role vangnet)."
