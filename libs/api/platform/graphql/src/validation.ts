import { applyDecorators, ArgumentMetadata, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength } from 'class-validator';
import { FieldProblem, InvalidInputError } from './errors';

/** Flattens class-validator's tree into `input.email must be an email address` style problems, in the app's words. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, message: inOwnWords(constraint, message, error.property) }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

type Rewording = [library: RegExp, ours: (...values: string[]) => string];

const oneOf = (list: string) => {
  const values = list.split(', ');
  return values.length < 2 ? `must be ${list}` : `must be one of ${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
};

/**
 * class-validator's default messages (what a decorator says without a message of its own), by constraint, as the
 * app says them. A message a decorator was given is the app's already, and does not match the library's form.
 */
const OWN_WORDS: Record<string, Rewording[]> = {
  maxLength: [[/^must be shorter than or equal to (\d+) characters$/, (n) => `must be at most ${n} characters`]],
  minLength: [[/^must be longer than or equal to (\d+) characters$/, (n) => `must be at least ${n} characters`]],
  isLength: [
    [/^must be longer than or equal to (\d+) and shorter than or equal to (\d+) characters$/, (min, max) => `must be ${min} to ${max} characters`],
    [/^must be longer than or equal to (\d+) characters$/, (n) => `must be at least ${n} characters`],
    [/^must be shorter than or equal to (\d+) characters$/, (n) => `must be at most ${n} characters`],
  ],
  isNotEmpty: [[/^should not be empty$/, () => 'must not be empty']],
  isDefined: [[/^should not be null or undefined$/, () => 'must be given']],
  isInt: [[/^must be an integer number$/, () => 'must be a whole number']],
  isNumber: [[/^must be a number conforming to the specified constraints$/, () => 'must be a number']],
  min: [[/^must not be less than (.+)$/, (n) => `must be at least ${n}`]],
  max: [[/^must not be greater than (.+)$/, (n) => `must be at most ${n}`]],
  isIn: [[/^must be one of the following values: (.*)$/, oneOf]],
  isEnum: [[/^must be one of the following values: (.*)$/, oneOf]],
  isUuid: [[/^must be a UUID$/, () => 'must be an id (a UUID)']],
  isString: [[/^must be a string$/, () => 'must be text']],
  isBoolean: [[/^must be a boolean value$/, () => 'must be true or false']],
  isDate: [[/^must be a Date instance$/, () => 'must be a date']],
  isEmail: [[/^must be an email$/, () => 'must be an email address']],
  isArray: [[/^must be an array$/, () => 'must be a list']],
  arrayMaxSize: [[/^must contain no more than (\d+) elements$/, (n) => `must have at most ${n} ${n === '1' ? 'item' : 'items'}`]],
  arrayMinSize: [[/^must contain at least (\d+) elements$/, (n) => `must have at least ${n} ${n === '1' ? 'item' : 'items'}`]],
  matches: [[/^must match .* regular expression$/s, () => 'is not in the expected form']],
  nestedValidation: [[/^nested property .* must be either object or array$/, () => 'must be an object']],
  unknownValue: [[/^an unknown value was passed to the validate function$/, () => 'is not a value this field accepts']],
};

/** A constraint's message without the field's name in front (the problem names it) and in the app's words. */
function inOwnWords(constraint: string, message: string, property: string): string {
  const each = message.startsWith(`each value in ${property} `);
  const rest = each ? message.slice(`each value in ${property} `.length) : message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
  for (const [library, ours] of OWN_WORDS[constraint] ?? []) {
    const match = library.exec(rest);
    // Said of every item of a list: "must each be at most 40 characters".
    if (match) return each ? ours(...match.slice(1)).replace(/^must /, 'must each ') : ours(...match.slice(1));
  }
  return rest;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text no input may carry, wherever it sits in an argument: PostgreSQL text cannot hold NUL, and a lone surrogate
 * has no UTF-8 form (validators that encode it throw). Found before any rule of the input's class runs.
 */
export function unstorableText(value: unknown, field: string): FieldProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return [{ field, message: 'must not contain NUL characters' }];
    if (LONE_SURROGATE.test(value)) return [{ field, message: 'must be valid Unicode (it has a lone surrogate)' }];
    return [];
  }
  // Arguments are plain objects and arrays; a parsed scalar such as a Date has no properties of its own to look at.
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]: [string, unknown]) => unstorableText(item, field ? `${field}.${key}` : key));
  }
  return [];
}

/**
 * Names fields by the argument they arrived in (`input.email`), as clients see them in their variables. Every
 * argument, class or scalar (`@Args('email') email: string`), is checked for unstorable text first: GraphQL
 * arguments reach pipes as 'body'; the context and parent objects, which must not be walked, as 'custom'.
 */
class InputValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body') {
      const unstorable = unstorableText(value, metadata.data ?? '');
      if (unstorable.length) return Promise.reject(new InvalidInputError(unstorable));
    }
    // Without a class to validate (a scalar, the context, a field's parent), what ValidationPipe answers, minus the
    // promises of its async path: resolvers and field resolvers take several such arguments per request.
    if (!this.toValidate(metadata)) return Promise.resolve(this.transformPrimitive(value, metadata));
    return this.validated(value, metadata);
  }

  private async validated(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InvalidInputError && metadata.data) {
        throw new InvalidInputError(error.fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })));
      }
      throw error;
    }
  }
}

export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new InvalidInputError(fieldProblems(errors)),
  });
}

// Whitespace, controls and invisible format characters (zero-width space, direction marks) show nothing.
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Z}]/u;

/** Text a person reads, such as a name: trimmed, and refused when nothing visible is left or it is too long. */
export function VisibleText(maxLength: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    Matches(VISIBLE, { message: 'must not be blank' }),
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters` }),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For scalar id arguments, which the class-based validation above does not see: a clear error naming the argument. */
export class IdArgumentPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && UUID.test(value)) return value;
    throw new InvalidInputError([{ field: metadata.data ?? 'id', message: 'must be an id (a UUID)' }]);
  }
}
