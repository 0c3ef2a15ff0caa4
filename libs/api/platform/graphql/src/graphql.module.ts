import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainErrorLogFilter } from './domain-error-log.filter';
import { formatError } from './format-error';
import { operationLimits, withoutSuggestions } from './limits';
import { reportUnexpected } from './unexpected-error';
import { inputValidationPipe } from './validation';

/**
 * Answers carry people's data, so no cache may keep them. Apollo's cache-control plugin said so too, but it wraps
 * every field's resolver to collect cache hints that Ascend never gives.
 */
const neverStored: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** Apollo on /graphql with the schema built from code; one error format and one input validation for every domain. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const limits = operationLimits(config);
        const format = formatError(reportUnexpected);
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          // The schema is public in the repository, but a production server does not hand attackers a map.
          introspection: !config.isProduction,
          // Apollo's CSRF prevention stays on (its default): simple cross-site requests are refused.
          csrfPrevention: true,
          // Apollo installs inline tracing for federation subgraphs, which Ascend is not; left in, it is still called on
          // every request only to find that out.
          plugins: [
            ApolloServerPluginLandingPageDisabled(),
            ApolloServerPluginCacheControlDisabled(),
            ApolloServerPluginInlineTraceDisabled(),
            neverStored,
            ...limits.plugins,
          ],
          validationRules: limits.validationRules,
          parseOptions: limits.parseOptions,
          formatError: config.isProduction ? withoutSuggestions(format) : format,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        };
      },
    }),
  ],
  providers: [
    { provide: APP_PIPE, useFactory: inputValidationPipe },
    { provide: APP_FILTER, useClass: DomainErrorLogFilter },
  ],
})
export class GraphqlModule {}
