import type { NewPractice } from '@ascend/identity';
import type { Role } from '@ascend/platform/tenancy';

/** The demo practice a first start shows. Written for Ascend; extend it as features land. */
export const demoPractice: NewPractice = {
  slug: 'ridgeline',
  name: 'Ridgeline Leadership Coaching',
  tagline: 'From the person who fixes everything to the leader who decides what matters.',
  coachName: 'Maren Okafor',
  coachBio: [
    'Maren spent twelve years as the operations lead everyone called when something broke at two in the morning. She was very good at it, and it was the reason she was never promoted: the business could not afford to lose its best firefighter.',
    'She now coaches senior engineers, clinicians and finance leads who recognise that trap. Her clients name the patterns that keep them busy, make one decision they have been circling for months, and commit to a single bold goal for the next twelve months.',
    'Every week they report back in a short, honest check-in. Progress is not measured in hours worked but in what they chose not to do, what they handed over, and the strategic work that finally got their best attention.',
  ].join('\n\n'),
  timeZone: 'Europe/London',
};

export interface DemoAccount {
  role: Role;
  name: string;
  email: string;
  password: string;
}

/** Sign-in details the README lists and the sign-in page offers in development; never created in production. */
export const demoAccounts: DemoAccount[] = [
  { role: 'OWNER', name: 'Maren Okafor', email: 'maren@ridgeline.example', password: 'Ridgeline-Owner-Demo' },
  { role: 'COACH', name: 'Jonas Whitfield', email: 'jonas@ridgeline.example', password: 'Ridgeline-Coach-Demo' },
  { role: 'CLIENT', name: 'Priya Raman', email: 'priya@ridgeline.example', password: 'Ridgeline-Client-Demo' },
  { role: 'CLIENT', name: 'Tom Adeyemi', email: 'tom@ridgeline.example', password: 'Ridgeline-Client-Demo' },
];

/**
 * Ascend's own platform operator in the demo, for the operator console at /operator: a member of no practice, so
 * not among the practice sign-ins above. Created outside production only, like them.
 */
export const demoOperator: Omit<DemoAccount, 'role'> = { name: 'Noor Castellan', email: 'operator@ascend.example', password: 'Ascend-Operator-Demo' };
