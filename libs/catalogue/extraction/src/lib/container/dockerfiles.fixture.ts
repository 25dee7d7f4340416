/** Realistic Dockerfiles of the kind public bodies publish; digests are well-formed but made up. */

export const DIGEST_A = `sha256:${'4f'.repeat(32)}`;
export const DIGEST_B = `sha256:${'9c'.repeat(32)}`;

/** PostgreSQL from the PGDG packages on Debian slim, two stages, both pinned, run as the postgres uid. */
export const HARDENED_POSTGRES = `# syntax=docker/dockerfile:1.7
ARG DEBIAN_RELEASE=bookworm
ARG BASE=debian:\${DEBIAN_RELEASE}-slim@${DIGEST_A}

FROM \${BASE} AS pgdg
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg \\
 && curl -fsSL https://www.postgresql.org/media/keys/ACCC4CF8.asc | gpg --dearmor -o /usr/share/keyrings/pgdg.gpg \\
 && rm -rf /var/lib/apt/lists/*

FROM \${BASE}
ARG PG_MAJOR=16
LABEL org.opencontainers.image.title="postgresql-hardened" \\
      org.opencontainers.image.version="16.4-1" \\
      org.opencontainers.image.description="PostgreSQL \${PG_MAJOR} on Debian slim, hardened for municipal data centres" \\
      org.opencontainers.image.licenses="PostgreSQL AND MIT" \\
      org.opencontainers.image.vendor="ITZ Musterland"
COPY --from=pgdg /usr/share/keyrings/pgdg.gpg /usr/share/keyrings/pgdg.gpg
RUN <<EOF
set -eux
echo "deb [signed-by=/usr/share/keyrings/pgdg.gpg] http://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" > /etc/apt/sources.list.d/pgdg.list
apt-get update
apt-get install -y --no-install-recommends postgresql-\${PG_MAJOR}
rm -rf /var/lib/apt/lists/*
EOF
ENV PGDATA=/var/lib/postgresql/data \\
    POSTGRES_PASSWORD_FILE=/run/secrets/postgres-password \\
    PATH=/usr/lib/postgresql/16/bin:$PATH
EXPOSE 5432
USER 999:999
HEALTHCHECK --interval=30s --timeout=5s CMD ["pg_isready", "-U", "postgres"]
ENTRYPOINT ["postgres"]
CMD ["-c", "ssl=on"]
`;

/** A city's Nextcloud on the official Apache image: neither minimal nor pinned, with an admin password written down. */
export const NEXTCLOUD = `FROM nextcloud:29.0.4-apache

LABEL org.opencontainers.image.description="Nextcloud für die Verwaltung mit Anbindung an das Bürgerkonto" \\
      org.opencontainers.image.licenses="AGPL-3.0-or-later"

RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg smbclient libsmbclient-dev \\
 && pecl install smbclient \\
 && docker-php-ext-enable smbclient \\
 && rm -rf /var/lib/apt/lists/*

COPY --chown=www-data:www-data config/*.php /usr/src/nextcloud/config/
ENV NEXTCLOUD_ADMIN_USER=admin \\
    NEXTCLOUD_ADMIN_PASSWORD=changeme \\
    NEXTCLOUD_TRUSTED_DOMAINS="cloud.musterstadt.de"
EXPOSE 80
HEALTHCHECK CMD curl -fs http://localhost/status.php || exit 1
`;

/** What a first attempt looks like. */
export const NAIVE_NODE = `FROM node:latest
ADD https://github.com/musterstadt/termine/archive/refs/heads/main.tar.gz /app/
WORKDIR /app
ENV API_KEY=example-value-written-into-the-image
RUN apt-get update && apt-get install -y python3 build-essential
RUN npm install
EXPOSE 3000
CMD npm start
`;
