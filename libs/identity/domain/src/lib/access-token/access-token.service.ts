import { Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull, LessThan, Not, Or } from 'typeorm';
import { Clock, isUuid } from '@allmende/util';
import { Actor, actsAsAdmin, hasScope, UserPrincipal } from '../access/actor';
import { IdentityError } from '../identity.error';
import { UserEntity } from '../user/user.entity';
import { AccessTokenEntity, TokenScope } from './access-token.entity';
import { displayPrefixOf, generateToken, hashToken } from './token-secret';

export interface CreateAccessToken {
  name: string;
  scopes: TokenScope[];
  expiresAt?: Date | null;
  forUser?: string | null;
}

export interface CreatedAccessToken {
  token: string;
  accessToken: AccessTokenEntity;
}

const DAY_MS = 24 * 3600 * 1000;
export const DEFAULT_TOKEN_LIFETIME_DAYS = 90;
export const MAX_TOKEN_LIFETIME_DAYS = 366;
/** Writing last-used on every request would turn reads into writes; once a minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;
export const ADMIN_USERNAME = 'admin';

@Injectable()
export class AccessTokenService {
  private readonly logger = new Logger('AccessTokens');

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: CreateAccessToken): Promise<CreatedAccessToken> {
    if (actor.kind !== 'user') throw IdentityError.unauthenticated();
    const forAnother = input.forUser !== undefined && input.forUser !== null && input.forUser !== actor.username;
    if (forAnother && !actsAsAdmin(actor)) {
      throw IdentityError.forbidden('only administrators can create tokens for other users');
    }
    const owner = forAnother
      ? await this.dataSource.getRepository(UserEntity).findOneBy({ username: input.forUser as string })
      : await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.userId });
    if (!owner) throw IdentityError.notFound(`user "${input.forUser}"`);
    if (!forAnother && !actsAsAdmin(actor)) {
      const escalating = input.scopes.filter((scope) => !hasScope(actor, scope));
      if (escalating.length > 0) {
        throw IdentityError.forbidden(`this token cannot grant scopes it does not have: ${escalating.join(', ')}`);
      }
    }
    return this.issue(owner, input);
  }

  /** Issues a token without an acting user: for the command line, run by the operator. */
  async issue(owner: UserEntity, input: Omit<CreateAccessToken, 'forUser'>): Promise<CreatedAccessToken> {
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) {
      throw IdentityError.invalid('name must be 1-100 characters', { field: 'name' });
    }
    const scopes = [...new Set(input.scopes)];
    if (scopes.length === 0) throw IdentityError.invalid('at least one scope is required', { field: 'scopes' });
    if (scopes.includes('ADMIN') && !owner.platformRoles.includes('ADMIN')) {
      throw IdentityError.invalid('the ADMIN scope needs the ADMIN platform role', { field: 'scopes' });
    }
    if (scopes.includes('REVIEW') && !owner.platformRoles.some((role) => role === 'REVIEWER' || role === 'ADMIN')) {
      throw IdentityError.invalid('the REVIEW scope needs the REVIEWER platform role', { field: 'scopes' });
    }
    const now = this.clock.now();
    const expiresAt = input.expiresAt ?? new Date(now.getTime() + DEFAULT_TOKEN_LIFETIME_DAYS * DAY_MS);
    if (Number.isNaN(expiresAt.getTime()) || expiresAt <= now) {
      throw IdentityError.invalid('expiresAt must be in the future', { field: 'expiresAt' });
    }
    if (expiresAt.getTime() - now.getTime() > MAX_TOKEN_LIFETIME_DAYS * DAY_MS) {
      throw IdentityError.invalid(`expiresAt must be within ${MAX_TOKEN_LIFETIME_DAYS} days`, { field: 'expiresAt' });
    }
    const token = generateToken();
    const accessToken = await this.tokens().save(
      this.tokens().create({
        userId: owner.id,
        name,
        tokenHash: hashToken(token),
        displayPrefix: displayPrefixOf(token),
        scopes,
        expiresAt,
        revokedAt: null,
        lastUsedAt: null,
        bootstrap: false,
      }),
    );
    return { token, accessToken };
  }

  async revoke(actor: Actor, id: string): Promise<boolean> {
    if (actor.kind !== 'user') throw IdentityError.unauthenticated();
    const token = isUuid(id) ? await this.tokens().findOneBy({ id }) : null;
    if (!token || (token.userId !== actor.userId && !actsAsAdmin(actor))) {
      throw IdentityError.notFound('access token');
    }
    if (!token.revokedAt) await this.tokens().update({ id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    return true;
  }

  listOwn(actor: UserPrincipal): Promise<AccessTokenEntity[]> {
    return this.tokens().find({ where: { userId: actor.userId }, order: { createdAt: 'DESC' } });
  }

  /** Resolves a presented token to its user; every failure looks the same to the caller. */
  async authenticate(presented: string): Promise<UserPrincipal> {
    const invalid = IdentityError.unauthenticated('invalid, expired or revoked access token');
    if (presented.length === 0 || presented.length > 512) throw invalid;
    const token = await this.tokens().findOne({ where: { tokenHash: hashToken(presented) }, relations: { user: true } });
    const now = this.clock.now();
    if (!token || !token.user || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) throw invalid;
    this.touch(token.id, now);
    return {
      kind: 'user',
      userId: token.user.id,
      username: token.user.username,
      platformRoles: token.user.platformRoles,
      scopes: token.scopes,
      tokenId: token.id,
    };
  }

  /**
   * Makes ALLMENDE_ADMIN_TOKEN work: an `admin` user with the ADMIN role whose token is the
   * configured value. A changed value revokes the previously configured one.
   */
  async ensureBootstrapAdmin(adminToken: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['allmende.bootstrap-admin']);
      const users = manager.getRepository(UserEntity);
      let admin = await users.findOneBy({ username: ADMIN_USERNAME });
      if (!admin) {
        admin = await users.save(users.create({ username: ADMIN_USERNAME, displayName: 'Administrator', email: null, platformRoles: ['ADMIN'] }));
      } else if (!admin.platformRoles.includes('ADMIN')) {
        admin.platformRoles = [...admin.platformRoles, 'ADMIN'];
        await users.save(admin);
      }
      const tokens = manager.getRepository(AccessTokenEntity);
      const tokenHash = hashToken(adminToken);
      await tokens.update(
        { userId: admin.id, bootstrap: true, revokedAt: IsNull(), tokenHash: Not(tokenHash) },
        { revokedAt: this.clock.now() },
      );
      const existing = await tokens.findOneBy({ tokenHash });
      if (existing) {
        if (existing.userId !== admin.id || existing.revokedAt) {
          throw new Error('ALLMENDE_ADMIN_TOKEN matches a token that is revoked or belongs to another user');
        }
        return;
      }
      await tokens.save(
        tokens.create({
          userId: admin.id,
          name: 'ALLMENDE_ADMIN_TOKEN',
          tokenHash,
          displayPrefix: displayPrefixOf(adminToken),
          scopes: ['ADMIN'],
          expiresAt: null,
          revokedAt: null,
          lastUsedAt: null,
          bootstrap: true,
        }),
      );
      this.logger.log('ALLMENDE_ADMIN_TOKEN registered for user admin');
    });
  }

  private touch(id: string, now: Date): void {
    const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    this.tokens()
      .update({ id, lastUsedAt: Or(IsNull(), LessThan(stale)) }, { lastUsedAt: now })
      .catch((error: unknown) => this.logger.warn(`could not record token use: ${String(error)}`));
  }

  private tokens() {
    return this.dataSource.getRepository(AccessTokenEntity);
  }
}
