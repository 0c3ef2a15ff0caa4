import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { GraphQLFormattedError, Kind } from 'graphql';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { startStatementTally, StatementTally } from '@ascend/platform/database';
import { reportUnexpected, unexpectedError } from '@ascend/platform/graphql';
import { rootFieldCount } from './root-fields';
import { TenantDatabase } from './tenant-database';

/** Outside production, `x-ascend-debug: sql` adds the statement count to the answer, `sql-trace` the statements too. */
export const DEBUG_HEADER = 'x-ascend-debug';

const NOTHING_SAVED: GraphQLFormattedError = {
  message: 'Nothing in this request was saved, because another part of it failed',
  extensions: { code: 'ROLLED_BACK' },
};

type Context = GraphQLRequestContext<Record<string, unknown>>;

/**
 * One transaction per GraphQL operation: prepared once the operation is parsed and validated, begun by its first
 * statement (the access check included), and ended after the whole result, nested fields included, is computed.
 * It commits only when the operation produced no error; otherwise nothing it wrote or enqueued remains, and a
 * mutation answers no data rather than fields that claim to have been saved.
 */
@Plugin()
export class OperationTransactionPlugin implements ApolloServerPlugin<Record<string, unknown>> {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    return {
      executionDidStart: async (request) => {
        const debug = this.config.isProduction ? null : request.request.http?.headers.get(DEBUG_HEADER);
        const tally = debug === 'sql' || debug === 'sql-trace' ? startStatementTally(debug === 'sql-trace') : undefined;
        this.db.beginOperation();
        return {
          executionDidEnd: async (executionError) => {
            await this.finish(request, Boolean(executionError));
            if (tally) addTally(request, tally);
          },
        };
      },
    };
  }

  private async finish(request: Context, failedToExecute: boolean) {
    const body = request.response.body;
    const result = body?.kind === 'single' ? body.singleResult : undefined;
    const commit = !failedToExecute && !result?.errors?.length;
    try {
      await this.db.finishOperation(commit);
    } catch (error) {
      if (result) {
        result.data = null;
        result.errors = [...(result.errors ?? []), unexpectedError(reportUnexpected(error))];
      }
      return;
    }
    const operation = request.operation;
    if (!commit && result && operation?.operation === 'mutation') {
      result.data = null;
      // With several fields, say that the ones that worked were undone too.
      const fragments = Object.fromEntries(
        (request.document?.definitions ?? []).flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
      );
      if (rootFieldCount({ operation, fragments }) > 1) result.errors = [...(result.errors ?? []), NOTHING_SAVED];
    }
  }
}

function addTally(request: Context, tally: StatementTally) {
  const body = request.response.body;
  if (body?.kind !== 'single') return;
  body.singleResult.extensions = {
    ...body.singleResult.extensions,
    sql: { statements: tally.statements, connections: tally.connections.size, ...(tally.trace ? { trace: tally.trace } : {}) },
  };
}
