import { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, ValidateNested } from 'class-validator';
import { InvalidInputError } from './errors';
import { inputValidationPipe, unstorableText, VisibleText } from './validation';

class Address {
  @IsString()
  city!: string;
}

class Contact {
  @IsEmail()
  email!: string;

  @ValidateNested()
  @Type(() => Address)
  address!: Address;
}

class Person {
  @VisibleText(12)
  name!: string;

  @IsOptional()
  @VisibleText(12)
  nickname?: string;
}

const argument = (metatype: ArgumentMetadata['metatype'], data?: string): ArgumentMetadata => ({ type: 'body', metatype, data });

async function problems(value: unknown, metadata: ArgumentMetadata) {
  const error = await inputValidationPipe()
    .transform(value, metadata)
    .then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidInputError);
  return (error as InvalidInputError).fields;
}

describe('unstorable text', () => {
  it('is found at any depth, named by its path', () => {
    expect(unstorableText({ a: 'ok', b: { c: ['fine', 'x\u0000'] } }, 'input')).toEqual([{ field: 'input.b.c.1', message: 'must not contain NUL characters' }]);
  });

  it('is a NUL or a surrogate without its partner, not a whole pair or another control character', () => {
    const lone = 'must be valid Unicode (it has a lone surrogate)';
    expect(unstorableText('\ud800', 'a')).toEqual([{ field: 'a', message: lone }]);
    expect(unstorableText('x\udfffy', 'a')).toEqual([{ field: 'a', message: lone }]);
    expect(unstorableText('\ude00\ud83d', 'a')).toEqual([{ field: 'a', message: lone }]);
    expect(unstorableText('climb \ud83e\uddd7 \u202e\t\u0001', 'a')).toEqual([]);
  });

  it('is refused before the rules of the class run (isEmail throws on a lone surrogate)', async () => {
    const fields = await problems({ email: 'a\ud800b@example.com', address: { city: 'Lyon\u0000' } }, argument(Contact, 'input'));
    expect(fields).toEqual([
      { field: 'input.email', message: 'must be valid Unicode (it has a lone surrogate)' },
      { field: 'input.address.city', message: 'must not contain NUL characters' },
    ]);
  });

  it('is refused in scalar arguments, which no class describes', async () => {
    expect(await problems('t\u0000ken', argument(String, 'token'))).toEqual([{ field: 'token', message: 'must not contain NUL characters' }]);
  });

  it('is named by the field alone in an @ArgsType class (which has no argument name)', async () => {
    expect(await problems({ name: '\udfff' }, argument(Person))).toEqual([{ field: 'name', message: 'must be valid Unicode (it has a lone surrogate)' }]);
  });

  it('is not looked for in the context or parent objects, which are not input', async () => {
    const context: Record<string, unknown> = { text: '\u0000' };
    context.self = context;
    await expect(inputValidationPipe().transform(context, { type: 'custom', metatype: Object })).resolves.toBe(context);
  });
});

describe('visible text', () => {
  it('is trimmed', async () => {
    const person = (await inputValidationPipe().transform({ name: '  Ada Lovelace \n' }, argument(Person, 'input'))) as Person;
    expect(person.name).toBe('Ada Lovelace');
  });

  it.each([[''], ['   '], ['\t\n'], ['\u00a0\u3000'], ['\u200b'], ['\u202e\u200f']])('refuses %j as blank', async (name) => {
    expect(await problems({ name }, argument(Person, 'input'))).toEqual([{ field: 'input.name', message: 'must not be blank' }]);
  });

  it('counts its length after trimming', async () => {
    await expect(inputValidationPipe().transform({ name: `  ${'a'.repeat(12)}  ` }, argument(Person, 'input'))).resolves.toBeInstanceOf(Person);
    expect(await problems({ name: 'a'.repeat(13) }, argument(Person, 'input'))).toEqual([{ field: 'input.name', message: 'must be at most 12 characters' }]);
  });

  it('must be text', async () => {
    expect(await problems({ name: 42 }, argument(Person, 'input'))).toEqual([{ field: 'input.name', message: 'must be text' }]);
  });

  it('may be left out when optional, but not given blank', async () => {
    await expect(inputValidationPipe().transform({ name: 'Ada' }, argument(Person, 'input'))).resolves.toBeInstanceOf(Person);
    expect(await problems({ name: 'Ada', nickname: ' ' }, argument(Person, 'input'))).toEqual([{ field: 'input.nickname', message: 'must not be blank' }]);
  });
});
