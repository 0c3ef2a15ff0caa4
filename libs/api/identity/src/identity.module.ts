import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailChangedMail, EmailChangeMail, PasswordChangedMail } from './account-settings/account-settings-mail.jobs';
import { AccountSettingsResolver } from './account-settings/account-settings.resolver';
import { AccountSettingsService } from './account-settings/account-settings.service';
import { EmailChangeService } from './account-settings/email-change.service';
import { OwnAccount } from './account-settings/own-account';
import { PasswordResetMail, VerificationMail } from './accounts/account-mail.jobs';
import { AccountResolver } from './accounts/account.resolver';
import { AccountService } from './accounts/account.service';
import { EmailTokens } from './accounts/email-tokens';
import { IdentityMail } from './accounts/identity-mail';
import { AuditTrail } from './audit/audit-trail';
import { Ownership } from './memberships/ownership';
import { MembershipResolver } from './memberships/membership.resolver';
import { MembershipService } from './memberships/membership.service';
import { People } from './people/people';
import { User } from './people/user.entity';
import { Practice } from './practices/practice.entity';
import { PracticeResolver } from './practices/practice.resolver';
import { PracticeService } from './practices/practice.service';
import { SessionResolver } from './sessions/session.resolver';
import { SessionService } from './sessions/session.service';
import { InvitationMail } from './team/invitation-mail.job';
import { TeamMemberResolver } from './team/team-member.resolver';
import { TeamResolver } from './team/team.resolver';
import { TeamService } from './team/team.service';
import { InvitationSending } from './team/invitation-sending';
import { ForgetExpiredSignUps } from './sign-up/forget-expired-sign-ups.job';
import { SignUpMail } from './sign-up/sign-up-mail.job';
import { SignUpResolver } from './sign-up/sign-up.resolver';
import { SignUpService } from './sign-up/sign-up.service';

/** People, practices, sessions and teams: everything else builds on it. */
@Module({
  imports: [TypeOrmModule.forFeature([Practice, User])],
  providers: [
    PracticeService,
    SessionService,
    SignUpService,
    AccountService,
    AccountSettingsService,
    EmailChangeService,
    OwnAccount,
    EmailTokens,
    IdentityMail,
    TeamService,
    InvitationSending,
    AuditTrail,
    People,
    Ownership,
    MembershipService,
    MembershipResolver,
    VerificationMail,
    PasswordResetMail,
    PasswordChangedMail,
    EmailChangeMail,
    EmailChangedMail,
    InvitationMail,
    SignUpMail,
    ForgetExpiredSignUps,
    PracticeResolver,
    SessionResolver,
    SignUpResolver,
    AccountResolver,
    AccountSettingsResolver,
    TeamResolver,
    TeamMemberResolver,
  ],
  exports: [PracticeService, SessionService, AuditTrail, TeamService, People],
})
export class IdentityModule {}
