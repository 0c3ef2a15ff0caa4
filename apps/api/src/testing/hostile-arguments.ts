import fc, { Arbitrary } from 'fast-check';
import { GraphQLField, GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';

const KB90 = 90_000;

/** Text a client may send on purpose or by accident; none of it may cost a 500. */
const HOSTILE_TEXT = [
  '',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'a\ud800b',
  '\udfff',
  'x\udfffy',
  ' ',
  '   \t\n ',
  '\u00a0\u2003\u3000',
  '\u200b',
  '\u202eevil\u202c',
  '\u200fname',
  '<script>alert(1)</script>',
  '<b onmouseover="x()">hi</b>',
  "'; drop table app_user; --",
  "' or 1=1 --",
  '%00',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  'a'.repeat(KB90),
  'é'.repeat(KB90 / 2),
];

/** Plausible text for a field, guessed from its name, so that other fields do not stop a case before the hostile one. */
function plausibleText(name: string): Arbitrary<string> {
  const lower = name.toLowerCase();
  if (lower.includes('email')) return fc.emailAddress({ size: 'small' });
  if (lower.includes('password')) return fc.constant('Fuzz-Harbour-71-Lantern');
  if (lower.includes('slug')) return fc.stringMatching(/^[a-z0-9]{3,12}(-[a-z0-9]{1,6})?$/);
  if (lower.includes('timezone')) return fc.constantFrom('Europe/London', 'UTC', 'America/New_York');
  return fc.string({ minLength: 1, maxLength: 20 });
}

/** Any UTF-16 code units, lone surrogates and control characters included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 12 });

function text(name: string): Arbitrary<string> {
  const plausible = plausibleText(name);
  const hostile = fc.constantFrom(...HOSTILE_TEXT);
  return fc.oneof(
    { arbitrary: plausible, weight: 2 },
    { arbitrary: hostile, weight: 4 },
    // Hostile text hidden inside a plausible value, e.g. `a@b.co\u0000`.
    { arbitrary: fc.tuple(plausible, fc.oneof(hostile, codeUnits), plausible).map(([a, b, c]) => `${a}${b}${c}`), weight: 2 },
    { arbitrary: codeUnits, weight: 1 },
  );
}

const INT32 = 2 ** 31 - 1;
const int = fc.oneof(
  fc.integer({ min: -INT32 - 1, max: INT32 }),
  fc.constantFrom(0, -1, INT32, -INT32 - 1, INT32 + 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308, 0.5, -2.75),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const float = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, -1e308, 1e308, Number.EPSILON));

function scalar(typeName: string, name: string): Arbitrary<unknown> {
  switch (typeName) {
    case 'Int':
      return int;
    case 'Float':
      return float;
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof(fc.uuid(), text(name));
    case 'DateTime':
      return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), text(name));
    default:
      return text(name);
  }
}

/** Values for one GraphQL input type: every field of an input object, hostile or plausible at random. */
function valueOf(type: GraphQLInputType, name: string): Arbitrary<unknown> {
  if (isNonNullType(type)) return present(type.ofType, name);
  return fc.oneof({ arbitrary: present(type, name), weight: 9 }, { arbitrary: fc.constant(null), weight: 1 });
}

function present(type: GraphQLInputType, name: string): Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueOf(type.ofType, name), { maxLength: 3 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    // Optional fields are sometimes left out; required ones always come, or the case would stop at coercion.
    const requiredKeys = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, f.name)])), { requiredKeys });
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.value as unknown);
    return fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 4 }, { arbitrary: text(name), weight: 1 });
  }
  if (isScalarType(type)) return scalar(type.name, name);
  throw new Error(`no values for ${String(type)}`);
}

/** The variables of one call: a value for every argument of the mutation. */
export function argumentsOf(field: GraphQLField<unknown, unknown>): Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type, a.name)])));
}
