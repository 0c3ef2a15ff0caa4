import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { byKeys, Loaders, TenantDatabase } from '@ascend/platform/tenancy';

@ObjectType({ description: "A person's account as the people they work with see it." })
export class Person {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => Boolean)
  emailVerified: boolean;
}

/** Accounts by id, loaded in one query per operation however many fields ask. */
@Injectable()
export class People {
  constructor(
    private readonly loaders: Loaders,
    private readonly db: TenantDatabase,
  ) {}

  byId(userId: string): Promise<Person> {
    return this.loaders.get<string, Person>('identity.people', (ids) => this.load(ids)).load(userId);
  }

  private async load(ids: readonly string[]): Promise<(Person | Error)[]> {
    const rows: Person[] = await this.db.manager.query(
      `select id, name, email, email_verified_at is not null as "emailVerified" from app_user where id = any($1)`,
      [ids],
    );
    return byKeys(ids, rows, (person) => person.id, (id) => new Error(`No account ${id}`));
  }
}
