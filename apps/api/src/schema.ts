import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { resolversOf } from '@ascend/platform/core';
import { domainModules } from './domains';

/** Every resolver of the API, found in the domain modules; the schema test checks that the running app agrees. */
export const resolvers = resolversOf(domainModules);

/** The API's schema as SDL, built from the code alone (no database), sorted like the running app's. */
export async function printApiSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
