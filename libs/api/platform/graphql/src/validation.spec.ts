import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsDefined,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ArgumentMetadata } from '@nestjs/common';
import { InvalidInputError } from './errors';
import { inputValidationPipe } from './validation';

class Address {
  @IsString()
  @Length(2, 10)
  city!: string;
}

class SignUp {
  @IsEmail()
  email!: string;

  @ValidateNested()
  @Type(() => Address)
  address!: Address;
}

const metadata: ArgumentMetadata = { type: 'body', metatype: SignUp };

describe('input validation', () => {
  it('names every bad field, nested ones with their path', async () => {
    const error = await inputValidationPipe()
      .transform({ email: 'nope', address: { city: 'x' } }, metadata)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    const invalid = error as InvalidInputError;
    expect(invalid.code).toBe('BAD_USER_INPUT');
    expect(invalid.fields).toEqual([
      { field: 'email', message: 'must be an email address' },
      { field: 'address.city', message: 'must be at least 2 characters' },
    ]);
    expect(invalid.message).toBe('Invalid input: email must be an email address; address.city must be at least 2 characters');
  });

  it('lets valid input through as an instance of its class', async () => {
    const value = await inputValidationPipe().transform({ email: 'a@b.co', address: { city: 'Lyon' } }, metadata);
    expect(value).toBeInstanceOf(SignUp);
  });
});

enum Colour {
  Red = 'RED',
  Blue = 'BLUE',
}

/** One property per rule the app's inputs use, each without a message of its own. */
class Everything {
  @IsOptional() @MaxLength(5) short?: string;
  @IsOptional() @MinLength(3) long?: string;
  @IsOptional() @Length(3) atLeast?: string;
  @IsOptional() @Length(0, 4) atMost?: string;
  @IsOptional() @Length(2, 4) span?: unknown;
  @IsOptional() @IsNotEmpty() filled?: string;
  @IsDefined() given?: string;
  @IsOptional() @IsInt() whole?: number;
  @IsOptional() @IsNumber() amount?: number;
  @IsOptional() @Min(1) @Max(52) weeks?: number;
  @IsOptional() @IsIn(['OWNER', 'ADMIN', 'COACH']) role?: string;
  @IsOptional() @IsIn(['ONLY']) single?: string;
  @IsOptional() @IsEnum(Colour) colour?: string;
  @IsOptional() @IsUUID() id?: string;
  @IsOptional() @IsString() text?: unknown;
  @IsOptional() @IsBoolean() flag?: unknown;
  @IsOptional() @IsDate() day?: unknown;
  @IsOptional() @IsEmail() email?: string;
  @IsOptional() @IsArray() list?: unknown;
  @IsOptional() @ArrayMaxSize(2) few?: string[];
  @IsOptional() @ArrayMinSize(1) some?: string[];
  @IsOptional() @Matches(/^[a-z]+$/) word?: string;
  @IsOptional() @IsString({ each: true }) @MaxLength(3, { each: true }) tags?: string[];
  @IsOptional() @ValidateNested() @Type(() => Address) address?: unknown;
  @IsOptional() @MaxLength(5, { message: 'must be a short nickname' }) nickname?: string;
  @IsOptional() @IsIn(['A'], { message: 'must be the letter A' }) custom?: string;
  @IsOptional() @IsString({ each: true }) names?: unknown[];
}

describe("class-validator's default messages", () => {
  const problems = async (value: Record<string, unknown>) => {
    const error = await inputValidationPipe()
      .transform({ given: 'yes', ...value }, { type: 'body', metatype: Everything, data: 'input' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).fields;
  };

  it.each([
    [{ short: 'abcdef' }, 'input.short', 'must be at most 5 characters'],
    [{ long: 'ab' }, 'input.long', 'must be at least 3 characters'],
    [{ atLeast: 'ab' }, 'input.atLeast', 'must be at least 3 characters'],
    [{ atMost: 'abcde' }, 'input.atMost', 'must be at most 4 characters'],
    [{ span: 12345 }, 'input.span', 'must be 2 to 4 characters'],
    [{ filled: '' }, 'input.filled', 'must not be empty'],
    [{ given: null }, 'input.given', 'must be given'],
    [{ whole: 2.5 }, 'input.whole', 'must be a whole number'],
    [{ amount: 'ten' }, 'input.amount', 'must be a number'],
    [{ weeks: 0 }, 'input.weeks', 'must be at least 1'],
    [{ weeks: 53 }, 'input.weeks', 'must be at most 52'],
    [{ role: 'CLIENT' }, 'input.role', 'must be one of OWNER, ADMIN or COACH'],
    [{ single: 'OTHER' }, 'input.single', 'must be ONLY'],
    [{ colour: 'GREEN' }, 'input.colour', 'must be one of RED or BLUE'],
    [{ id: '42' }, 'input.id', 'must be an id (a UUID)'],
    [{ text: 42 }, 'input.text', 'must be text'],
    [{ flag: 'yes' }, 'input.flag', 'must be true or false'],
    [{ day: 'tomorrow' }, 'input.day', 'must be a date'],
    [{ email: 'nope' }, 'input.email', 'must be an email address'],
    [{ list: 'a' }, 'input.list', 'must be a list'],
    [{ few: ['a', 'b', 'c'] }, 'input.few', 'must have at most 2 items'],
    [{ some: [] }, 'input.some', 'must have at least 1 item'],
    [{ word: 'Two words' }, 'input.word', 'is not in the expected form'],
    [{ tags: ['ok', 'toolong'] }, 'input.tags', 'must each be at most 3 characters'],
    [{ names: ['Ada', 7] }, 'input.names', 'must each be text'],
    [{ address: 'Lyon' }, 'input.address', 'must be an object'],
  ])('%j: %s %s', async (value, field, message) => {
    expect(await problems(value)).toEqual([{ field, message }]);
  });

  it('leaves a message a decorator was given as it is', async () => {
    expect(await problems({ nickname: 'far too long', custom: 'B' })).toEqual([
      { field: 'input.nickname', message: 'must be a short nickname' },
      { field: 'input.custom', message: 'must be the letter A' },
    ]);
  });

  it('keeps no trace of the library\'s wording', async () => {
    const all = await problems({ short: 'abcdef', long: 'a', whole: 1.5, weeks: 99, role: 'X', id: 'x', text: 1, flag: 1, few: ['a', 'b', 'c'], word: '?' });
    expect(all.map((p) => p.message).join('; ')).not.toMatch(/shorter than|longer than|integer number|greater than|less than|following values|a string|boolean value|elements|regular expression/);
  });
});
