export { graphql } from './gql';
export type * from './gql/graphql';
export { GraphQLRequestError, NetworkError, graphqlRequest } from './graphql-request';
export type { FieldError, RequestOptions } from './graphql-request';
export { createQueryClient } from './query-client';
export { queryKeys } from './query-keys';
