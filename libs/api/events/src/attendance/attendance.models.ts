import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { AttendanceEnum, RegistrationStatusEnum } from '../registrations/registration.models';
import type { Attendance, RegistrationStatus } from '../registrations/registration.models';

@InputType({ description: 'Which registrations of a masterclass to list.' })
export class RegistrationFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name or address.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  search?: string | null;

  @Field(() => [RegistrationStatusEnum], { nullable: true })
  @IsOptional()
  @IsEnum(RegistrationStatusEnum, { each: true, message: 'must be registration statuses' })
  statuses?: RegistrationStatus[] | null;
}

@InputType({ description: "One registrant's attendance; null clears it." })
export class AttendanceMark {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  registrationId: string;

  @Field(() => AttendanceEnum, { nullable: true })
  @IsOptional()
  @IsIn([...Object.values(AttendanceEnum), null], { message: 'must be ATTENDED, NO_SHOW or null' })
  attendance: Attendance | null;
}

@InputType()
export class MarkAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  masterclassId: string;

  @Field(() => [AttendanceMark])
  @ArrayMaxSize(1000, { message: 'must mark at most 1000 registrants at once' })
  @ValidateNested({ each: true })
  @Type(() => AttendanceMark)
  marks: AttendanceMark[];
}

@ObjectType({ description: 'A registrant invited to become a client.' })
export class RegistrantInvitation {
  @Field(() => ID, { description: 'Their client profile on the roster.' })
  clientId: string;

  @Field(() => String)
  email: string;
}
