import { DynamicModule, Global, Module } from '@nestjs/common';
import { ALLMENDE_CONFIG, AllmendeConfig } from './allmende-config';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AllmendeConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: ALLMENDE_CONFIG, useValue: config }],
      exports: [ALLMENDE_CONFIG],
    };
  }
}
