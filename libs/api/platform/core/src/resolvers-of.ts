import type { DynamicModule, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';

// The key @nestjs/graphql's @Resolver() sets on a resolver class.
const RESOLVER_METADATA = 'graphql:resolver_type';

/** The GraphQL resolvers these modules provide, their imports' included: what the schema printer builds from. */
export function resolversOf(modules: (Type | DynamicModule)[]): Type[] {
  const found = new Set<Type>();
  const seen = new Set<unknown>();
  const visit = (entry: Type | DynamicModule) => {
    if (seen.has(entry)) return;
    seen.add(entry);
    const moduleClass = 'module' in entry ? entry.module : entry;
    const providers = [...(Reflect.getMetadata(MODULE_METADATA.PROVIDERS, moduleClass) ?? []), ...('module' in entry ? (entry.providers ?? []) : [])];
    for (const provider of providers) {
      if (typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_METADATA, provider)) found.add(provider as Type);
    }
    const imports = [...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, moduleClass) ?? []), ...('module' in entry ? (entry.imports ?? []) : [])];
    for (const imported of imports) if (imported && typeof imported !== 'symbol' && !('then' in imported)) visit(imported as Type | DynamicModule);
  };
  modules.forEach(visit);
  return [...found];
}
