export { graphql } from './gql';
export type * from './gql/graphql';
export { createGraphQLClient, PRACTICE_HEADER } from './graphql-client';
export type { ClientRequestOptions, GraphQLClient, SessionSource } from './graphql-client';
export { GraphQLRequestError, NetworkError, graphqlRequest } from './graphql-request';
export type { FieldError, RequestOptions } from './graphql-request';
export { createQueryClient } from './query-client';
export { isPrivateKey, queryKeys } from './query-keys';
