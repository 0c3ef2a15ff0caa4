import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What erasing a client left behind: only a reference, which names no one, kept in the audit trail.' })
export class ClientErasure {
  @Field(() => String, { description: 'A random reference, recorded in the CLIENT_ERASED audit entry.' })
  reference: string;
}
