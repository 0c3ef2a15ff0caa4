import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** How many root fields the operation asks for, counting those inside fragments. */
export function rootFieldCount(info: Pick<GraphQLResolveInfo, 'operation' | 'fragments'>): number {
  const count = (selectionSet: SelectionSetNode, seen: Set<string>): number =>
    selectionSet.selections.reduce((total, selection) => {
      if (selection.kind === 'Field') return total + 1;
      if (selection.kind === 'InlineFragment') return total + count(selection.selectionSet, seen);
      const name = selection.name.value;
      if (seen.has(name) || !info.fragments[name]) return total;
      return total + count(info.fragments[name].selectionSet, new Set([...seen, name]));
    }, 0);
  return count(info.operation.selectionSet, new Set());
}
