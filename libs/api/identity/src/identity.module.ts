import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountResolver } from './accounts/account.resolver';
import { AccountService } from './accounts/account.service';
import { EmailTokens } from './accounts/email-tokens';
import { IdentityMail } from './accounts/identity-mail';
import { AuditTrail } from './audit/audit-trail';
import { Membership } from './people/membership.entity';
import { User } from './people/user.entity';
import { Practice } from './practices/practice.entity';
import { PracticeResolver } from './practices/practice.resolver';
import { PracticeService } from './practices/practice.service';
import { SessionResolver } from './sessions/session.resolver';
import { SessionService } from './sessions/session.service';
import { TeamResolver } from './team/team.resolver';
import { TeamService } from './team/team.service';

/** Resolvers of this domain, also listed for printing the schema without a database. */
export const identityResolvers = [PracticeResolver, SessionResolver, AccountResolver, TeamResolver];

@Module({
  imports: [TypeOrmModule.forFeature([Practice, User, Membership])],
  providers: [PracticeService, SessionService, AccountService, EmailTokens, IdentityMail, TeamService, AuditTrail, ...identityResolvers],
  exports: [PracticeService, SessionService, AuditTrail],
})
export class IdentityModule {}
