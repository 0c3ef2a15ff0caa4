import type { NewPractice } from '@ascend/identity';

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
