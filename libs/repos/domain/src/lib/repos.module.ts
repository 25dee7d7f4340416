import { Module } from '@nestjs/common';
import { IdentityModule } from '@allmende/identity';
import { Clock } from '@allmende/util';
import { RepositoryService } from './repository/repository.service';

@Module({
  imports: [IdentityModule],
  providers: [Clock, RepositoryService],
  exports: [RepositoryService],
})
export class ReposModule {}
