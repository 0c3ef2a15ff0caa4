import { DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@ascend/platform/config';
import { withPlatform } from '@ascend/platform/core';
import type { DatabaseConnection } from '@ascend/platform/database';
import { domainModules } from './domains';

/** The whole API: the platform and every domain. */
export const AppModule = {
  forRoot: (config: AppConfig, database: DatabaseConnection): DynamicModule => withPlatform(config, database, domainModules),
};
