import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MembershipService, NamespaceService, UserEntity, UserPrincipal, UserService } from '@allmende/identity';
import { RepositoryService } from '@allmende/repos';
import { DemoContentRequest, DemoContentWriter } from './demo-content.writer';
import { DEMO_NAMESPACES, DEMO_USERS } from './demo-data';

/**
 * Seeds realistic demo namespaces, users and repositories with their content once; later runs
 * change nothing.
 */
@Injectable()
export class DemoSeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly namespaces: NamespaceService,
    private readonly memberships: MembershipService,
    private readonly repositories: RepositoryService,
    private readonly content: DemoContentWriter,
  ) {}

  /** Returns false when the demo data was there already. */
  async seed(): Promise<boolean> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['allmende.demo-seed']);
      const created = await this.seedAccounts();
      // Also after an earlier seed: one that stopped half-way, or one from before demo content existed.
      const committed = await this.content.write(await this.contentRequests());
      return created || committed > 0;
    } finally {
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', ['allmende.demo-seed']).catch(() => undefined);
      await lock.release();
    }
  }

  private async seedAccounts(): Promise<boolean> {
    if (await this.namespaces.findBySlugUnchecked(DEMO_NAMESPACES[0].slug)) return false;
    const people = new Map<string, UserEntity>();
    for (const user of DEMO_USERS) {
      people.set(user.username, (await this.users.findByUsername(user.username)) ?? (await this.users.createUnchecked(user)));
    }
    for (const namespace of DEMO_NAMESPACES) {
      const owner = actingAs(people.get(namespace.owner) as UserEntity);
      await this.namespaces.create(owner, namespace);
      for (const [username, role] of namespace.members) {
        await this.memberships.addMember(owner, { namespace: namespace.slug, username, role });
      }
      for (const { name, description, visibility } of namespace.repositories) {
        await this.repositories.create(owner, { namespace: namespace.slug, name, description, visibility });
      }
    }
    return true;
  }

  /** Each demo repository with content that still exists, with its owner as the commit's author. */
  private async contentRequests(): Promise<DemoContentRequest[]> {
    const requests: DemoContentRequest[] = [];
    for (const namespace of DEMO_NAMESPACES) {
      const owner = await this.users.findByUsername(namespace.owner);
      const person = DEMO_USERS.find((user) => user.username === namespace.owner);
      if (!owner || !person) continue;
      for (const { name, content } of namespace.repositories) {
        if (!content) continue;
        const repository = await this.repositories.findVisible(actingAs(owner), namespace.slug, name);
        if (!repository) continue;
        const author = { userId: owner.id, username: owner.username, name: person.displayName, email: person.email };
        requests.push({ repository, source: `${namespace.slug}/${name}`, author, content });
      }
    }
    return requests;
  }
}

function actingAs(user: UserEntity): UserPrincipal {
  return { kind: 'user', userId: user.id, username: user.username, platformRoles: user.platformRoles, scopes: ['WRITE'], tokenId: 'demo-seed' };
}
