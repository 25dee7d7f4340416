import { Module } from '@nestjs/common';
import { Clock } from '@allmende/util';
import { AccessPolicy } from './access/access-policy.service';
import { AccessTokenService } from './access-token/access-token.service';
import { MembershipService } from './membership/membership.service';
import { NamespaceService } from './namespace/namespace.service';
import { UserService } from './user/user.service';

const services = [AccessPolicy, AccessTokenService, MembershipService, NamespaceService, UserService];

@Module({
  providers: [Clock, ...services],
  exports: services,
})
export class IdentityModule {}
