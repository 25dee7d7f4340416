import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  MembershipService,
  MemberRole,
  NamespaceKind,
  NamespaceService,
  PlatformRoleName,
  UserEntity,
  UserPrincipal,
  UserService,
} from '@allmende/identity';
import { RepositoryService, RepositoryVisibility } from '@allmende/repos';

interface DemoUser {
  username: string;
  displayName: string;
  email: string;
  platformRoles?: PlatformRoleName[];
}

interface DemoNamespace {
  slug: string;
  displayName: string;
  kind: NamespaceKind;
  description: string;
  owner: string;
  members: [string, MemberRole][];
  repositories: { name: string; description: string; visibility: RepositoryVisibility }[];
}

const USERS: DemoUser[] = [
  { username: 'anna.schmidt', displayName: 'Anna Schmidt', email: 'anna.schmidt@musterstadt.example' },
  { username: 'jonas.weber', displayName: 'Jonas Weber', email: 'jonas.weber@it-beispielland.example' },
  { username: 'fatma.yilmaz', displayName: 'Fatma Yılmaz', email: 'fatma.yilmaz@bund-it.example' },
  { username: 'petra.klein', displayName: 'Petra Klein', email: 'petra.klein@allmende.example', platformRoles: ['REVIEWER'] },
];

const NAMESPACES: DemoNamespace[] = [
  {
    slug: 'musterstadt',
    displayName: 'Stadt Musterstadt',
    kind: 'MUNICIPALITY',
    description: 'Digitalisierung der Stadtverwaltung Musterstadt',
    owner: 'anna.schmidt',
    members: [['jonas.weber', 'DEVELOPER']],
    repositories: [
      { name: 'buergerbeteiligung', description: 'Plattform für Bürgerbeteiligung und Bauleitplanung', visibility: 'PUBLIC' },
      { name: 'formular-bibliothek', description: 'Barrierefreie Formularkomponenten für Online-Dienste', visibility: 'PUBLIC' },
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
      { name: 'postgresql-gehaertet', description: 'Gehärtetes PostgreSQL-Container-Image nach BSI-Grundschutz', visibility: 'PUBLIC' },
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
      { name: 'nextcloud-gehaertet', description: 'Hardened Nextcloud container image', visibility: 'PUBLIC' },
      { name: 'nextcloud-helm', description: 'Helm chart for the hardened Nextcloud image', visibility: 'PUBLIC' },
    ],
  },
];

/** Seeds realistic demo namespaces, users and repositories once; later runs change nothing. */
@Injectable()
export class DemoSeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly namespaces: NamespaceService,
    private readonly memberships: MembershipService,
    private readonly repositories: RepositoryService,
  ) {}

  /** Returns false when the demo data was there already. */
  async seed(): Promise<boolean> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['allmende.demo-seed']);
      if (await this.namespaces.findBySlugUnchecked(NAMESPACES[0].slug)) return false;
      const people = new Map<string, UserEntity>();
      for (const user of USERS) {
        people.set(user.username, (await this.users.findByUsername(user.username)) ?? (await this.users.createUnchecked(user)));
      }
      for (const namespace of NAMESPACES) {
        const owner = actingAs(people.get(namespace.owner) as UserEntity);
        await this.namespaces.create(owner, namespace);
        for (const [username, role] of namespace.members) {
          await this.memberships.addMember(owner, { namespace: namespace.slug, username, role });
        }
        for (const repository of namespace.repositories) {
          await this.repositories.create(owner, { namespace: namespace.slug, ...repository });
        }
      }
      return true;
    } finally {
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', ['allmende.demo-seed']).catch(() => undefined);
      await lock.release();
    }
  }
}

function actingAs(user: UserEntity): UserPrincipal {
  return { kind: 'user', userId: user.id, username: user.username, platformRoles: user.platformRoles, scopes: ['WRITE'], tokenId: 'demo-seed' };
}
