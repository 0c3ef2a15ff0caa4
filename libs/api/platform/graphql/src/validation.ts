import { applyDecorators, ArgumentMetadata, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength } from 'class-validator';
import { FieldProblem, InvalidInputError } from './errors';

/** Flattens class-validator's tree into `input.email must be an email` style problems. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
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
