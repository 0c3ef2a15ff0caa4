import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { emailLayout, Mailer } from '@ascend/platform/mail';

/** The mails of weekly accountability: what they say and where their links lead in the web app. */
@Injectable()
export class CheckInMail {
  constructor(
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private link(path: string) {
    return `${this.config.publicUrl}${path}`;
  }

  async checkedIn(to: string, checkIn: { clientId: string; clientName: string; progress: number; late: boolean; weekStart: string }) {
    await this.mailer.send({
      to,
      tag: 'check-in-submitted',
      subject: `${checkIn.clientName} checked in: progress ${checkIn.progress}/10`,
      ...emailLayout({
        heading: `${checkIn.clientName} checked in`,
        paragraphs: [
          `${checkIn.clientName} reported progress ${checkIn.progress}/10 for the week of ${checkIn.weekStart}${checkIn.late ? ' (late)' : ''}.`,
          'Acknowledge it or reply so they know you read it.',
        ],
        action: { label: 'Read the check-in', url: this.link(`/app/clients/${checkIn.clientId}`) },
      }),
    });
  }

  async replied(to: string, reply: { coachName: string; weekStart: string; reply: string }) {
    await this.mailer.send({
      to,
      tag: 'check-in-reply',
      subject: `${reply.coachName} replied to your check-in`,
      ...emailLayout({
        heading: 'Your coach replied',
        paragraphs: [`${reply.coachName} replied to your check-in for the week of ${reply.weekStart}:`, reply.reply],
        action: { label: 'See your check-ins', url: this.link('/app/portal/history') },
      }),
    });
  }

  async reminder(to: string, name: string) {
    await this.mailer.send({
      to,
      tag: 'check-in-reminder',
      subject: 'Time for your weekly check-in',
      ...emailLayout({
        preheader: 'Five minutes to look back on your week.',
        heading: `Hello ${name}`,
        paragraphs: [
          'Today is your check-in day. Where did you lead rather than do? What did you decline or delegate? What impact did you make legible?',
        ],
        action: { label: 'Check in now', url: this.link('/app/portal/check-in') },
      }),
    });
  }

  async nudge(to: string, name: string) {
    await this.mailer.send({
      to,
      tag: 'check-in-nudge',
      subject: 'You missed last week’s check-in',
      ...emailLayout({
        heading: `Hello ${name}`,
        paragraphs: [
          'Last week went by without a check-in. It happens: you can still check in for it, marked late, until this week ends.',
          'Reporting back every week is what keeps the goal moving.',
        ],
        action: { label: 'Check in for last week', url: this.link('/app/portal/check-in') },
      }),
    });
  }

  async escalation(to: string, client: { clientId: string; clientName: string; missedWeeks: number }) {
    await this.mailer.send({
      to,
      tag: 'check-in-escalation',
      subject: `${client.clientName} has missed ${client.missedWeeks} weekly check-ins`,
      ...emailLayout({
        heading: `${client.clientName} has gone quiet`,
        paragraphs: [`${client.clientName} has not checked in for ${client.missedWeeks} weeks in a row. A personal word may help.`],
        action: { label: `Open ${client.clientName}`, url: this.link(`/app/clients/${client.clientId}`) },
      }),
    });
  }
}
