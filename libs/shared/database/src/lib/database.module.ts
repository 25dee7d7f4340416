import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource, DataSourceSettings } from './data-source.factory';
import { NotificationListener } from './notifications/notification.listener';
import { PgNotificationListener } from './notifications/pg-notification.listener';

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * Provides one initialised TypeORM DataSource, closed last on shutdown, and the process's
 * NotificationListener, which connects on first use.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(settings: DataSourceSettings): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => createDataSource(settings).initialize(),
        },
        DataSourceCloser,
        {
          provide: NotificationListener,
          useFactory: () => new PgNotificationListener({ url: settings.url, applicationName: `${settings.applicationName ?? 'allmende'}-listen` }),
        },
      ],
      exports: [DataSource, NotificationListener],
    };
  }
}
