import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const CONSTANT = /export const (\w+) = new TypedDocumentString\(([\s\S]*?)\) as unknown as TypedDocumentString</g;

/** The generated document constants, by name: the arguments their TypedDocumentString is built with. */
export function documentArguments(generated: string): Map<string, string> {
  return new Map([...generated.matchAll(CONSTANT)].map(([, name, args]) => [name, args]));
}

/** The generated constant a `graphql(`…`)` source stands for: `NameDocument` for an operation, `NameFragmentDoc` for a fragment. */
export function constantFor(source: string): string | undefined {
  const found = DEFINITION.exec(source);
  if (!found) return undefined;
  return found[1] === 'fragment' ? `${found[2]}FragmentDoc` : `${found[2]}Document`;
}

/** `code` with each `graphql(`…`)` replaced by its document built in place; undefined when it has none. */
export function inlineDocuments(code: string, documents: Map<string, string>, generatedPath: string): string | undefined {
  let replaced = false;
  const out = code.replace(CALL, (call, source: string) => {
    const name = constantFor(source);
    const args = name && documents.get(name);
    if (!args) return call;
    replaced = true;
    return `new __AscendDocument(${args})`;
  });
  return replaced ? `import { TypedDocumentString as __AscendDocument } from ${JSON.stringify(generatedPath)};\n${out}` : undefined;
}

/**
 * The client preset's `graphql()` looks documents up in one map of every document, which puts all of them in the
 * entry chunk. This builds each document where it is used instead (what the preset's babel plugin does), so a
 * page's queries travel with its chunk; the generated constants are marked pure so unused ones are dropped.
 */
export function inlineGraphqlDocuments(generatedPath: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'ascend:inline-graphql-documents',
    apply: 'build',
    buildStart() {
      documents = documentArguments(readFileSync(generatedPath, 'utf8'));
      this.addWatchFile(generatedPath);
    },
    transform(code, id) {
      const path = id.split('?')[0];
      if (path === generatedPath) return { code: code.replace(/= new TypedDocumentString\(/g, '= /* @__PURE__ */ new TypedDocumentString('), map: null };
      if (!/\.tsx?$/.test(path) || path.includes('/gql/') || !code.includes('graphql(')) return undefined;
      const inlined = inlineDocuments(code, documents, generatedPath);
      return inlined === undefined ? undefined : { code: inlined, map: null };
    },
  };
}
