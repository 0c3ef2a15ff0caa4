/**
 * @jest-environment node
 */
import { generate } from '@graphql-codegen/cli';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import codegenConfig from '../codegen';

const root = codegenConfig.cwd ?? process.cwd();
const gqlDir = path.join(__dirname, 'gql');

describe('generated GraphQL code', () => {
  it('matches the schema and the documents (run `npx nx run web:codegen` and commit when this fails)', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...codegenConfig, silent: true }, false);

    for (const output of outputs) {
      const committed = readFileSync(path.resolve(root, output.filename), 'utf8');
      expect({ file: output.filename, content: committed }).toEqual({ file: output.filename, content: output.content });
    }
    const generated = outputs.map((output) => path.resolve(root, output.filename)).sort();
    expect(readdirSync(gqlDir).map((name) => path.join(gqlDir, name)).sort()).toEqual(generated);
  }, 30_000);
});
