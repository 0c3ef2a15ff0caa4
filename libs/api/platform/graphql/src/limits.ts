import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError, ParseOptions, ValidationRule } from 'graphql';
import type { AppConfig } from '@ascend/platform/config';

/**
 * What one operation may ask for, checked while it is parsed (tokens) and validated (depth, aliases, directives,
 * cost), so an oversized request is refused before any resolver or database work. Parsing and validation run once
 * per distinct document (Apollo keeps parsed documents), so an ordinary request pays nothing for them.
 */
export function operationLimits(config: Pick<AppConfig, 'graphqlLimits'>): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const limits = config.graphqlLimits;
  const { plugins, validationRules } = new ApolloArmor({
    // graphql-js counts tokens itself while parsing and answers a plain parse failure (400); armor's token plugin
    // parses a second time in a hook, where any syntax error becomes a 500.
    maxTokens: { enabled: false },
    // Depth and cost count fields, not the fragments the web app groups them in.
    maxDepth: { n: limits.depth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.aliases },
    maxDirectives: { n: limits.directives },
    costLimit: { maxCost: limits.cost, flattenFragments: true },
    // Its mask leaves a stray "?" behind; formatError hides suggestions in production instead.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins: plugins as ApolloServerPlugin[], validationRules, parseOptions: { maxTokens: limits.tokens } };
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** In production a misspelt field is refused without "Did you mean ...?", which would map the schema for a stranger. */
export function withoutSuggestions(format: FormatError): FormatError {
  return (formatted, error) => {
    const answer = format(formatted, error);
    return { ...answer, message: answer.message.replace(/ Did you mean .*\?$/, '') };
  };
}
