import type { Plugin } from 'vite';
import { chunksOf, entryClosure, type OutputBundle, type OutputChunk } from './bundle-graph.mjs';

// Mantine's components name their elements with hashed classes (m_77c9d27d) that its per-component CSS defines.
const MANTINE_CLASS = /\bm_[0-9a-f]{8}\b/g;

function classesIn(text: string): Set<string> {
  return new Set(text.match(MANTINE_CLASS));
}

function css(bundle: OutputBundle, names: Iterable<string>): string {
  return [...names]
    .map((name) => {
      const asset = bundle[name];
      return asset?.type === 'asset' ? String(asset.source) : '';
    })
    .join('\n');
}

function missing(chunks: OutputChunk[], styles: string): string[] {
  const styled = classesIn(styles);
  return [...classesIn(chunks.map((chunk) => chunk.code).join('\n'))].filter((name) => !styled.has(name));
}

/**
 * Mantine's CSS is imported per component (src/styles), so a component used without its stylesheet would render
 * unstyled. Every Mantine class the entry's code can render must be styled by the entry's CSS, and every class of
 * any chunk by the build's CSS. Lists the classes that are not.
 */
export function unstyledMantineClasses(bundle: OutputBundle): { publicPages: string[]; anywhere: string[] } {
  const entry = entryClosure(bundle);
  const entryCss = css(bundle, entry.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
  // A lazily imported module of styles alone becomes a stylesheet without a chunk: all stylesheets count here.
  const allCss = css(bundle, Object.keys(bundle).filter((name) => name.endsWith('.css')));
  return { publicPages: missing(entry, entryCss), anywhere: missing(chunksOf(bundle), allCss) };
}

export function mantineStylesCheck(): Plugin {
  return {
    name: 'ascend:mantine-styles-check',
    apply: 'build',
    writeBundle(_options, bundle) {
      const { publicPages, anywhere } = unstyledMantineClasses(bundle);
      const where = 'import the component stylesheets in apps/web/src/styles';
      if (publicPages.length) this.error(`Mantine classes the public pages render have no CSS loaded with them (${where}/public-styles.ts): ${publicPages.join(' ')}`);
      if (anywhere.length) this.error(`Mantine classes have no CSS in the build (${where}/app-styles.ts): ${anywhere.join(' ')}`);
    },
  };
}
