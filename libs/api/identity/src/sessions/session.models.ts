import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { ROLES, Role } from '@ascend/platform/tenancy';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
registerEnumType(RoleEnum, { name: 'Role', description: 'What a person may do in one practice.' });

@ObjectType({ description: 'The signed-in person.' })
export class Account {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean)
  emailVerified: boolean;

  @Field(() => Boolean, { description: 'Platform operators see the operator console.' })
  isOperator: boolean;

  @Field(() => String, { nullable: true, description: 'The new address waiting for its confirmation link to be followed, or null.' })
  pendingEmail: string | null;
}

@ObjectType({ description: 'A practice the signed-in person belongs to, and their role there.' })
export class PracticeMembership {
  @Field(() => ID)
  practiceId: string;

  @Field(() => String)
  practiceSlug: string;

  @Field(() => String)
  practiceName: string;

  @Field(() => RoleEnum)
  role: Role;
}

@ObjectType()
export class Viewer {
  @Field(() => Account)
  account: Account;

  @Field(() => [PracticeMembership])
  memberships: PracticeMembership[];
}

@ObjectType({ description: 'A signed-in session: a short-lived access token; the refresh token travels in an HttpOnly cookie.' })
export class Session {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>".' })
  accessToken: string;

  @Field(() => Date)
  accessTokenExpiresAt: Date;

  @Field(() => Viewer)
  viewer: Viewer;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field(() => String)
  @IsString()
  @MaxLength(256)
  password: string;
}
