/** @jest-environment node */
import { constantFor, documentArguments, inlineDocuments } from './inline-documents.mjs';

// As graphql-codegen's client preset writes them (documentMode: 'string').
const GENERATED = `
export const PracticeCardFragmentDoc = new TypedDocumentString(\`
    fragment PracticeCard on PracticeProfile { name }
    \`, {"fragmentName":"PracticeCard"}) as unknown as TypedDocumentString<PracticeCardFragment, unknown>;
export const PublicPracticeDocument = new TypedDocumentString(\`
    query PublicPractice($slug: String!) { practice(slug: $slug) { ...PracticeCard } }
    fragment PracticeCard on PracticeProfile { name }\`) as unknown as TypedDocumentString<PublicPracticeQuery, PublicPracticeQueryVariables>;
`;

describe('inlining GraphQL documents', () => {
  const documents = documentArguments(GENERATED);

  it('reads every generated document with the arguments it is built with', () => {
    expect([...documents.keys()]).toEqual(['PracticeCardFragmentDoc', 'PublicPracticeDocument']);
    expect(documents.get('PracticeCardFragmentDoc')).toContain('{"fragmentName":"PracticeCard"}');
    expect(documents.get('PublicPracticeDocument')).toContain('fragment PracticeCard on PracticeProfile');
  });

  it('names the constant a source stands for: an operation its Document, a fragment its FragmentDoc', () => {
    expect(constantFor('\n  query PublicPractice($slug: String!) { practice(slug: $slug) { name } }\n')).toBe('PublicPracticeDocument');
    expect(constantFor('mutation SaveIt { save }')).toBe('SaveItDocument');
    expect(constantFor('# a comment first\n  fragment PracticeCard on PracticeProfile { name }')).toBe('PracticeCardFragmentDoc');
    expect(constantFor('{ anonymous }')).toBeUndefined();
  });

  it('builds each document where graphql() was called, with the class imported from the generated file', () => {
    const code = [
      "import { graphql } from '@ascend/web/data-access';",
      'const Query = graphql(`',
      '  query PublicPractice($slug: String!) { practice(slug: $slug) { ...PracticeCard } }',
      '`);',
    ].join('\n');
    const out = inlineDocuments(code, documents, '/repo/gql/graphql.ts');

    expect(out).toContain("import { TypedDocumentString as __AscendDocument } from \"/repo/gql/graphql.ts\";");
    expect(out).toContain(`const Query = new __AscendDocument(${documents.get('PublicPracticeDocument')});`);
    expect(out).not.toContain('graphql(`');
  });

  it('leaves code without a known document alone', () => {
    expect(inlineDocuments('const x = 1;', documents, '/repo/gql/graphql.ts')).toBeUndefined();
    const unknown = 'const Q = graphql(`query NotGenerated { a }`);';
    expect(inlineDocuments(unknown, documents, '/repo/gql/graphql.ts')).toBeUndefined();
  });
});
