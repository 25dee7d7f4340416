import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { isUniqueViolation } from '@allmende/database';
import { Actor, actsAsAdmin } from '../access/actor';
import { IdentityError } from '../identity.error';
import { checkDisplayName, checkEmail, checkUsername } from '../identity.rules';
import { PlatformRoleName, UserEntity } from './user.entity';

export interface CreateUser {
  username: string;
  displayName: string;
  email?: string | null;
  platformRoles?: PlatformRoleName[];
}

@Injectable()
export class UserService {
  constructor(private readonly dataSource: DataSource) {}

  async create(actor: Actor, input: CreateUser): Promise<UserEntity> {
    if (!actsAsAdmin(actor)) throw IdentityError.forbidden('only administrators can create users');
    return this.createUnchecked(input);
  }

  /** For the command line and bootstrap, which run with the operator's authority. */
  async createUnchecked(input: CreateUser): Promise<UserEntity> {
    checkUsername(input.username);
    const user = this.users().create({
      username: input.username,
      displayName: checkDisplayName(input.displayName),
      email: checkEmail(input.email),
      platformRoles: [...new Set(input.platformRoles ?? [])],
    });
    try {
      return await this.users().save(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw IdentityError.conflict(`username "${input.username}" is taken`);
      throw error;
    }
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users().findOneBy({ username });
  }

  async getByUsername(username: string): Promise<UserEntity> {
    const user = await this.findByUsername(username);
    if (!user) throw IdentityError.notFound(`user "${username}"`);
    return user;
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users().findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users().findBy({ id: In([...ids]) });
  }

  private users() {
    return this.dataSource.getRepository(UserEntity);
  }
}
