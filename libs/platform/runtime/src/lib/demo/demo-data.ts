import type { MemberRole, NamespaceKind, PlatformRoleName } from '@allmende/identity';
import type { RepositoryVisibility } from '@allmende/repos';

export interface DemoUser {
  username: string;
  displayName: string;
  email: string;
  platformRoles?: PlatformRoleName[];
}

/** The first commit of a demo repository: the files under config/demo/repositories/<namespace>/<name>. */
export interface DemoContent {
  /** SPDX id; LICENSE is written from the SPDX list's text, so no license text is copied by hand. */
  license: string;
  message: string;
  /** Author and committer date (ISO 8601): a fixed date makes every seed produce the same commit. */
  date: string;
}

export interface DemoRepository {
  name: string;
  description: string;
  visibility: RepositoryVisibility;
  /** Committed by the namespace's owner; repositories without content stay empty. */
  content?: DemoContent;
}

export interface DemoNamespace {
  slug: string;
  displayName: string;
  kind: NamespaceKind;
  description: string;
  owner: string;
  members: [string, MemberRole][];
  repositories: DemoRepository[];
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'anna.schmidt', displayName: 'Anna Schmidt', email: 'anna.schmidt@musterstadt.example' },
  { username: 'jonas.weber', displayName: 'Jonas Weber', email: 'jonas.weber@it-beispielland.example' },
  { username: 'fatma.yilmaz', displayName: 'Fatma Yılmaz', email: 'fatma.yilmaz@bund-it.example' },
  { username: 'petra.klein', displayName: 'Petra Klein', email: 'petra.klein@allmende.example', platformRoles: ['REVIEWER'] },
];

export const DEMO_NAMESPACES: DemoNamespace[] = [
  {
    slug: 'musterstadt',
    displayName: 'Stadt Musterstadt',
    kind: 'MUNICIPALITY',
    description: 'Digitalisierung der Stadtverwaltung Musterstadt',
    owner: 'anna.schmidt',
    members: [['jonas.weber', 'DEVELOPER']],
    repositories: [
      {
        name: 'buergerbeteiligung',
        description: 'Plattform für Bürgerbeteiligung: Bauleitplanung, Umfragen und Beteiligungsverfahren',
        visibility: 'PUBLIC',
        content: { license: 'EUPL-1.2', message: 'Bürgerbeteiligung 2.3.1 veröffentlichen', date: '2025-03-03T11:30:00+01:00' },
      },
      {
        name: 'formular-bibliothek',
        description: 'Barrierefreie Formularkomponenten für Online-Dienste (npm: @musterstadt/formulare)',
        visibility: 'PUBLIC',
        content: { license: 'EUPL-1.2', message: 'Formularbibliothek 1.2.0 veröffentlichen', date: '2025-02-10T16:20:00+01:00' },
      },
      { name: 'interne-skripte', description: 'Betriebsskripte des städtischen Rechenzentrums', visibility: 'PRIVATE' },
    ],
  },
  {
    slug: 'it-beispielland',
    displayName: 'IT-Landesamt Beispielland',
    kind: 'STATE',
    description: 'Zentraler IT-Dienstleister des Landes Beispielland',
    owner: 'jonas.weber',
    members: [],
    repositories: [
      {
        name: 'postgresql-gehaertet',
        description: 'Gehärtetes PostgreSQL-Container-Image nach BSI IT-Grundschutz',
        visibility: 'PUBLIC',
        content: { license: 'EUPL-1.2', message: 'Gehärtetes PostgreSQL-Image 15.10-2 veröffentlichen', date: '2025-02-20T10:12:00+01:00' },
      },
      { name: 'landesportal-theme', description: 'Design system of the state portal', visibility: 'INTERNAL' },
    ],
  },
  {
    slug: 'bund-it',
    displayName: 'Bundes-IT-Dienstleister (Demo)',
    kind: 'FEDERAL',
    description: 'Federal IT services: hardened platform components for public bodies',
    owner: 'fatma.yilmaz',
    members: [['anna.schmidt', 'MAINTAINER']],
    repositories: [
      {
        name: 'nextcloud-gehaertet',
        description: 'Hardened Nextcloud container image (PHP-FPM)',
        visibility: 'PUBLIC',
        content: { license: 'AGPL-3.0-or-later', message: 'Publish hardened Nextcloud image 30.0.4-1', date: '2025-01-14T14:05:00+01:00' },
      },
      {
        name: 'nextcloud-helm',
        description: 'Helm chart for the hardened Nextcloud image',
        visibility: 'PUBLIC',
        content: { license: 'Apache-2.0', message: 'Publish Helm chart nextcloud-gehaertet 1.4.0', date: '2025-01-21T09:40:00+01:00' },
      },
    ],
  },
];
