import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { randomBytes } from 'node:crypto';
import { formatError } from './format-error';
import { inputValidationPipe } from './validation';

const logger = new Logger('GraphQL');

function reportUnexpected(error: unknown): string {
  const reference = randomBytes(4).toString('hex');
  logger.error({ reference, err: error }, `Unexpected error ${reference}`);
  return reference;
}

/** Apollo on /graphql with the schema built from code; one error format and one input validation for every domain. */
@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      playground: false,
      introspection: true,
      // Apollo's CSRF prevention stays on (its default): simple cross-site requests are refused.
      csrfPrevention: true,
      plugins: [ApolloServerPluginLandingPageDisabled()],
      formatError: formatError(reportUnexpected),
      context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    }),
  ],
  providers: [{ provide: APP_PIPE, useFactory: inputValidationPipe }],
})
export class GraphqlModule {}
