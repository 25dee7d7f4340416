#!/bin/sh
# Startet PostgreSQL im gehärteten Image. Beim ersten Start wird der Cluster angelegt; ohne
# TLS-Schlüssel oder Passwortdatei startet der Container bewusst nicht, damit ein Fehler bei
# der Bereitstellung nicht unbemerkt zu einer ungeschützten Datenbank führt.
set -eu
umask 077

if [ "$(id -u)" = "0" ]; then
  echo "postgresql-gehaertet: Start als root ist nicht vorgesehen (UID 10001 verwenden)." >&2
  exit 1
fi

tls_dir=/etc/postgresql/tls
for file in "$tls_dir/tls.crt" "$tls_dir/tls.key"; do
  if [ ! -r "$file" ]; then
    echo "postgresql-gehaertet: $file fehlt oder ist nicht lesbar; Zertifikat und Schlüssel als Secret einbinden." >&2
    exit 1
  fi
done

if [ "${1:-}" = "postgres" ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
  # Passwörter nur als Datei: Umgebungsvariablen landen in `docker inspect` und Prozesslisten.
  password_file="${POSTGRES_PASSWORD_FILE:-/run/secrets/postgres-password}"
  if [ ! -r "$password_file" ]; then
    echo "postgresql-gehaertet: Passwortdatei $password_file fehlt (POSTGRES_PASSWORD_FILE)." >&2
    exit 1
  fi
  initdb --username=postgres --pwfile="$password_file" \
    --auth-local=peer --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 --data-checksums
fi

exec "$@"
