import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { DemoResolver } from '@ascend/demo';
import { identityResolvers } from '@ascend/identity';

/** Every resolver of the API; the schema test checks that this list and the running app agree. */
export const resolvers = [...identityResolvers, DemoResolver];

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
