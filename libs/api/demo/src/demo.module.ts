import { Inject, Injectable, Logger, Module } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { hashPassword, IdentityModule, PracticeService, RoleEnum } from '@ascend/identity';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { Public, Role, TenantDatabase } from '@ascend/platform/tenancy';
import { demoCoachingClients } from './demo-coaching';
import { seedDemoCoaching } from './demo-coaching-seed';
import { seedDemoContent } from './demo-content';
import { seedDemoMasterclasses } from './demo-masterclasses';
import { seedDemoNewsletter } from './demo-newsletter';
import { DemoAccount, demoAccounts, demoOperator, demoPractice } from './demo-practice';

const DEMO_PRACTICE_ID = '5eed0000-0000-4000-8000-00000000d3e0';

/** Every demo person: the sign-ins offered, and the other clients of the roster, whose passwords nobody knows. */
function demoPeople(): DemoAccount[] {
  const offered = new Set(demoAccounts.map((a) => a.email));
  const clients = demoCoachingClients
    .filter((c) => c.status !== 'LEAD' && !offered.has(c.email))
    .map((c): DemoAccount => ({ role: 'CLIENT', name: c.name, email: c.email, password: randomBytes(24).toString('base64url') }));
  return [...demoAccounts, ...clients];
}

/** Fills an empty database with a lived-in demo practice; every step is idempotent, so restarts add nothing. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly practices: PracticeService,
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    // A practice is readable only inside itself: find the demo practice's id on its public page first. A fresh
    // database gets a fixed id, so processes seeding it at the same moment agree on one practice.
    const [seeded]: { id: string }[] = await this.db.run({}, (manager) => manager.query('select id from practice_directory where slug = $1', [demoPractice.slug]));
    const id = seeded?.id ?? DEMO_PRACTICE_ID;
    const practice = await this.db.run({ practiceId: id }, () => this.practices.create({ ...demoPractice, id }, { ifMissing: true }));
    if (!this.config.isProduction) {
      const people = demoPeople();
      const accounts = [...people, demoOperator];
      const existing: { email: string }[] = await this.db.run({}, (manager) =>
        manager.query('select a.email from unnest($1::text[]) address, app_account_by_email(address) a', [accounts.map((a) => a.email)]),
      );
      const known = new Set(existing.map((row) => row.email));
      // Hashing is deliberately slow: only for people a restart has not already created, and with no connection held.
      const hashes = new Map(
        await Promise.all(accounts.filter((a) => !known.has(a.email)).map(async (a) => [a.email, await hashPassword(a.password)] as const)),
      );
      await this.db.run({ practiceId: practice.id }, async (manager) => {
        const createAccount = async (account: Omit<DemoAccount, 'role'>, operator: boolean) => {
          const hash = hashes.get(account.email);
          if (!hash) return;
          // Row level security lets a person's row be written only by that person: act as each new one.
          const id = randomUUID();
          this.db.actAs({ practiceId: practice.id, userId: id });
          await manager.query(
            `insert into app_user (id, email, name, password_hash, email_verified_at, is_operator) values ($1, $2, $3, $4, now(), $5) on conflict (email) do nothing`,
            [id, account.email, account.name, hash, operator],
          );
        };
        await createAccount(demoOperator, true);
        for (const account of people) {
          await createAccount(account, false);
          await manager.query(
            `insert into membership (tenant_id, user_id, role) select $1, a.id, $3 from app_account_by_email($2) a on conflict (tenant_id, user_id) do nothing`,
            [practice.id, account.email, account.role],
          );
        }
        await seedDemoCoaching(manager, practice.id);
        // The owner hosts the demo masterclasses; the demo's clients came to one before they became clients.
        await seedDemoMasterclasses(manager, practice.id, {
          hostEmail: demoAccounts.find((a) => a.role === 'OWNER')!.email,
          becameClients: demoAccounts.filter((a) => a.role === 'CLIENT'),
        });
        await seedDemoContent(manager, practice.id, demoAccounts.find((a) => a.role === 'OWNER')!.email);
        await seedDemoNewsletter(manager, practice.id, this.config.publicUrl);
      });
    }
    this.logger.log(`Demo practice "${practice.name}" is at ${this.config.publicUrl}/p/${practice.slug}`);
  }
}

@ObjectType({ description: 'A demo sign-in, offered in development only.' })
export class DemoAccountModel {
  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@Resolver()
export class DemoResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Query(() => [DemoAccountModel], { description: 'The demo sign-ins when this server runs with demo data in development; empty otherwise.' })
  demoAccounts(): DemoAccountModel[] {
    return this.config.demoData && !this.config.isProduction ? demoAccounts : [];
  }
}

@Module({ imports: [IdentityModule], providers: [DemoSeeder, DemoResolver], exports: [DemoSeeder] })
export class DemoModule {}
