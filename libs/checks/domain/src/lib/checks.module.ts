import { Module } from '@nestjs/common';
import { CheckRunService } from './check-run.service';

@Module({
  providers: [CheckRunService],
  exports: [CheckRunService],
})
export class ChecksModule {}
