import { SPDX_TEXTS } from './conduct-fixtures';

/** A municipality's hardened Nextcloud: application, container image and Helm chart in one repository. */
export const NEXTCLOUD_PUBLICCODE = (version: string) => `publiccodeYmlVersion: "0.4"
name: Nextcloud Kommunal
url: "https://code.example.org/stadt/nextcloud-kommunal.git"
softwareVersion: "${version}"
releaseDate: "2026-10-01"
platforms:
  - web
categories:
  - document-management
  - collaboration
developmentStatus: stable
softwareType: "standalone/web"
usedBy:
  - Stadt Beispielhausen
description:
  de:
    shortDescription: Gehärtete Dateiablage und Zusammenarbeit für Kommunen
    longDescription: >
      Nextcloud Kommunal bündelt Dateiablage, Kalender und gemeinsames Arbeiten an Dokumenten
      für Verwaltungen. Die Daten liegen in einer PostgreSQL-Datenbank im eigenen Rechenzentrum,
      der Betrieb folgt den Empfehlungen des IT-Grundschutzes.
    features:
      - Dateiablage
      - Gemeinsame Kalender
  en:
    shortDescription: Hardened file sharing and collaboration for municipalities
    longDescription: >
      Nextcloud Kommunal brings file storage, calendars and document collaboration to public
      administrations, with all data in a PostgreSQL database in their own data centre.
    features:
      - File sharing
legal:
  license: AGPL-3.0-or-later
maintenance:
  type: internal
  contacts:
    - name: Erika Mustermann
      email: erika.mustermann@beispielstadt.example
localisation:
  localisationReady: true
  availableLanguages:
    - de
    - en
`;

export const NEXTCLOUD_DOCKERFILE = `FROM nextcloud:30.0.2-fpm-alpine@sha256:${'4f'.repeat(32)}
LABEL org.opencontainers.image.title="nextcloud-hardened" \\
      org.opencontainers.image.description="Hardened Nextcloud image for public administrations" \\
      org.opencontainers.image.licenses="AGPL-3.0-or-later"
RUN apk add --no-cache tini
USER 82
EXPOSE 9000
HEALTHCHECK --interval=30s CMD php-fpm-healthcheck || exit 1
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["php-fpm"]
`;

export const NEXTCLOUD_CHART = `apiVersion: v2
name: nextcloud-kommunal
description: Helm chart for the hardened Nextcloud of municipalities
version: 1.4.0
appVersion: "30.0.2"
annotations:
  artifacthub.io/license: AGPL-3.0-or-later
`;

export const NEXTCLOUD_VALUES = `securityContext:
  runAsNonRoot: true
  readOnlyRootFilesystem: true
  allowPrivilegeEscalation: false
  capabilities:
    drop: [ALL]
resources:
  limits:
    cpu: "2"
    memory: 2Gi
livenessProbe:
  httpGet: { path: /status.php, port: 8080 }
readinessProbe:
  httpGet: { path: /status.php, port: 8080 }
`;

export const NEXTCLOUD_REPOSITORY = (version = '2.1.0') => ({
  LICENSE: SPDX_TEXTS['AGPL-3.0-or-later'].licenseText,
  'README.md': '# Nextcloud Kommunal\n\nGehärtete Nextcloud für Kommunen.\n',
  'publiccode.yml': NEXTCLOUD_PUBLICCODE(version),
  'image/Dockerfile': NEXTCLOUD_DOCKERFILE,
  'chart/Chart.yaml': NEXTCLOUD_CHART,
  'chart/values.yaml': NEXTCLOUD_VALUES,
});

/** A state IT service's PostgreSQL image, described in English only. */
export const POSTGRES_REPOSITORY = {
  LICENSE: SPDX_TEXTS['Apache-2.0'].licenseText,
  'README.md': '# PostgreSQL hardened\n\nA hardened PostgreSQL database image.\n',
  Dockerfile: `FROM postgres:17.2-bookworm
LABEL org.opencontainers.image.title="postgresql-hardened" \\
      org.opencontainers.image.description="Hardened PostgreSQL database server image with TLS and SCRAM enforced"
RUN apt-get update && apt-get install -y --no-install-recommends pgaudit && rm -rf /var/lib/apt/lists/*
USER 999
HEALTHCHECK CMD pg_isready -U postgres || exit 1
`,
};
