import { IsEmail, IsString, Length, ValidateNested } from 'class-validator';
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
      { field: 'email', message: 'must be an email' },
      { field: 'address.city', message: 'must be longer than or equal to 2 characters' },
    ]);
    expect(invalid.message).toBe('Invalid input: email must be an email; address.city must be longer than or equal to 2 characters');
  });

  it('lets valid input through as an instance of its class', async () => {
    const value = await inputValidationPipe().transform({ email: 'a@b.co', address: { city: 'Lyon' } }, metadata);
    expect(value).toBeInstanceOf(SignUp);
  });
});
