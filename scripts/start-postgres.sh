#!/usr/bin/env bash
# Starts the local PostgreSQL 15 cluster (Debian's postgresql-15) and makes sure the test role
# vangnet/vangnet exists. Installs the server when it is missing (as root). Safe to run twice.
set -euo pipefail

if [ ! -x /usr/lib/postgresql/15/bin/postgres ] || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing PostgreSQL 15 from Debian…"
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq postgresql-15 >/dev/null
fi
if [ ! -d /etc/postgresql/15/main ]; then
  pg_createcluster 15 main >/dev/null
fi
# Tests need no durability: faster without fsync. Many test files each open a small pool.
conf=/etc/postgresql/15/main/conf.d/vangnet-test.conf
if [ ! -f "$conf" ]; then
  mkdir -p "$(dirname "$conf")"
  printf "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n" >"$conf"
fi
if ! pg_ctlcluster 15 main status >/dev/null 2>&1; then
  pg_ctlcluster 15 main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p 5432 || {
  echo "PostgreSQL 15 did not start; see /var/log/postgresql/postgresql-15-main.log" >&2
  exit 1
}
# Over the local socket as the postgres superuser (peer authentication); idempotent.
su postgres -c "psql -q -v ON_ERROR_STOP=1 -p 5432" <<'SQL' >/dev/null
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vangnet') THEN
    CREATE ROLE vangnet LOGIN SUPERUSER PASSWORD 'vangnet';
  END IF;
END
$$;
SQL
echo "PostgreSQL 15 runs on 127.0.0.1:5432 (role vangnet)."
