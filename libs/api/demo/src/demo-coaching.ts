/**
 * The demo practice's coaching: clients at different steps of the method, with weeks of check-ins, so the coach
 * dashboard shows trends and flags on first start. Written for Ascend. Weeks are counted back from each client's
 * latest week whose check-in day has come when the demo is first seeded (0 = that week, 1 = the week before…), so
 * the data always looks recent on a first start, whatever the weekday.
 */

export interface DemoCheckIn {
  weeksAgo: number;
  progress: number;
  energy: number;
  wins: string;
  defaultedToDoing: string;
  declinedOrDelegated: string;
  strategicWork: string;
  impactMadeLegible: string;
  nextCommitments: string;
  /** The coach's reply; a check-in without one is still unacknowledged (flagged new on the dashboard). */
  reply?: string;
}

export interface DemoClient {
  name: string;
  email: string;
  /** Demo sign-in accounts are created by the seed; the others get an account nobody can sign in to. */
  coachEmail: string;
  status: 'LEAD' | 'ACTIVE' | 'PAUSED' | 'ALUMNI';
  jobTitle: string;
  tags: string[];
  timeZone: string;
  checkInDay: number;
  startedWeeksAgo: number;
  awareness?: { kind: 'PATTERN' | 'HABITUAL_YES'; body: string }[];
  decision?: string;
  goal?: { statement: string; whyItMatters: string; successMeasure: string; targetInDays: number; milestones: { title: string; inDays: number }[] };
  futureSelf?: string;
  accountability?: boolean;
  checkIns?: DemoCheckIn[];
  actionItems?: { title: string; owner: 'CLIENT' | 'COACH'; inDays: number; done?: boolean }[];
  sessionNotes?: { daysAgo: number; body: string }[];
  impact?: { whatIDid: string; outcome: string; kind: string; beneficiary: string; significance: number; daysAgo: number }[];
  application?: { wantsToChange: string; preferredContactTime: string };
}

const week = (weeksAgo: number, progress: number, energy: number, notes: Omit<DemoCheckIn, 'weeksAgo' | 'progress' | 'energy'>): DemoCheckIn => ({
  weeksAgo,
  progress,
  energy,
  ...notes,
});

const priyaWeeks: DemoCheckIn[] = [
  week(9, 2, 2, {
    wins: 'Wrote down every request that reached me this week. Forty-one of them.',
    defaultedToDoing: 'Fixed the release pipeline myself at 11pm instead of pairing with the on-call engineer.',
    declinedOrDelegated: 'Nothing yet. Saying no still feels like letting people down.',
    strategicWork: 'None.',
    impactMadeLegible: '',
    nextCommitments: 'Sort the forty-one requests into "only I can do this" and "I do this out of habit".',
    reply: 'Forty-one is a brave number to write down. Bring the sorted list on Thursday and we will look at the habit column first.',
  }),
  week(8, 3, 3, {
    wins: 'Only six of the forty-one really needed me. Said that out loud to my manager.',
    defaultedToDoing: 'Reviewed every pull request in the payments service.',
    declinedOrDelegated: 'Handed the weekly incident report to Lucas.',
    strategicWork: 'One hour sketching what the platform should look like in a year.',
    impactMadeLegible: 'Lucas now owns the incident report: about two hours a week back for me.',
    nextCommitments: 'Stop reviewing pull requests outside my two services.',
    reply: 'Two hours a week is a real outcome. Notice how you described it: time back, not effort spent.',
  }),
  week(7, 4, 3, {
    wins: 'Kept my review promise four days out of five.',
    defaultedToDoing: 'Jumped into a database migration on Friday because it was going slowly.',
    declinedOrDelegated: 'Declined two meetings where I was only there "just in case".',
    strategicWork: 'Drafted the one-page platform vision.',
    impactMadeLegible: '',
    nextCommitments: 'Share the vision draft with two peers before I polish it.',
    reply: 'The Friday jump is worth talking about: what did you fear would happen if you waited?',
  }),
  week(6, 4, 4, {
    wins: 'Shared the vision draft; both peers asked to be involved.',
    defaultedToDoing: 'Rewrote a colleague’s design document instead of commenting on it.',
    declinedOrDelegated: 'Let the team pick the on-call tool without me.',
    strategicWork: 'Vision draft, second version.',
    impactMadeLegible: 'The on-call tool was chosen in one meeting instead of three weeks of my back-and-forth.',
    nextCommitments: 'Comment, do not rewrite. Block Wednesday mornings for strategy.',
    reply: 'A decision in one meeting is the kind of outcome your director will notice. Put it in your impact log.',
  }),
  week(5, 5, 4, {
    wins: 'Wednesday morning block held both weeks.',
    defaultedToDoing: 'Answered support tickets during the strategy block once.',
    declinedOrDelegated: 'Declined to lead the office move project.',
    strategicWork: 'Mapped the three platform bets for next year.',
    impactMadeLegible: '',
    nextCommitments: 'Ask my director for twenty minutes to walk through the three bets.',
    reply: 'Declining the office move is a big one. How did it feel the day after?',
  }),
  week(4, 5, 3, {
    wins: 'Director meeting booked.',
    defaultedToDoing: 'Stayed late to debug a flaky test suite.',
    declinedOrDelegated: 'Gave Mei the flaky tests on Monday with a clear brief.',
    strategicWork: 'Prepared the three bets as a short memo.',
    impactMadeLegible: 'The flaky suite was fixed by Mei in two days; release delays from it dropped to zero.',
    nextCommitments: 'Present the memo. Leave by six three days out of five.',
    reply: 'Handing over with a clear brief is leadership work, not a lost evening. Good luck with the memo.',
  }),
  week(3, 6, 4, {
    wins: 'The director asked me to present the memo to the leadership group.',
    defaultedToDoing: 'Rebuilt a dashboard myself because it was faster than explaining it.',
    declinedOrDelegated: 'Said no to a third hiring panel this month.',
    strategicWork: 'Turned the memo into a proposal with costs.',
    impactMadeLegible: '',
    nextCommitments: 'Write down what "faster than explaining" cost me this week.',
    reply: 'Great question to ask yourself. Bring the answer; it is usually longer than it looks.',
  }),
  week(2, 6, 4, {
    wins: 'Leadership group approved a pilot of the first bet.',
    defaultedToDoing: 'Nothing I noticed, which may mean I missed something.',
    declinedOrDelegated: 'Lucas now runs the weekly sync.',
    strategicWork: 'Pilot plan with two teams.',
    impactMadeLegible: 'The pilot moves deploy time from 40 minutes to under 10 for two teams: roughly 30 engineer-hours a month.',
    nextCommitments: 'Name the pilot owner; it should not be me.',
    reply: 'Thirty engineer-hours a month is exactly the sentence your summary needs. Well done.',
  }),
  week(1, 7, 4, {
    wins: 'Mei agreed to own the pilot.',
    defaultedToDoing: 'Took over a customer call when it got tense.',
    declinedOrDelegated: 'Delegated the quarterly capacity plan.',
    strategicWork: 'Second bet: first conversations with finance.',
    impactMadeLegible: '',
    nextCommitments: 'Let the next tense call run without me stepping in.',
    reply: 'Notice the pattern with tense moments. We will spend Thursday on it.',
  }),
  week(0, 7, 5, {
    wins: 'Stayed quiet on a tense call; the account lead handled it well.',
    defaultedToDoing: 'Spent Saturday morning tidying the backlog.',
    declinedOrDelegated: 'Declined to join the vendor evaluation.',
    strategicWork: 'Finance agreed to model the second bet.',
    impactMadeLegible: 'The vendor evaluation will finish without me: about a day a week for three weeks returned to the platform strategy.',
    nextCommitments: 'Protect Saturday. Review the pilot numbers with Mei on Friday.',
  }),
];

export const demoCoachingClients: DemoClient[] = [
  {
    name: 'Priya Raman',
    email: 'priya@ridgeline.example',
    coachEmail: 'jonas@ridgeline.example',
    status: 'ACTIVE',
    jobTitle: 'Principal Engineer, Payments',
    tags: ['engineering', 'cohort-autumn'],
    timeZone: 'Europe/London',
    checkInDay: 5,
    startedWeeksAgo: 12,
    awareness: [
      { kind: 'PATTERN', body: 'When something breaks I fix it myself before anyone else has read the alert.' },
      { kind: 'PATTERN', body: 'I measure a good week by how many problems I closed, not by what changed because of me.' },
      { kind: 'HABITUAL_YES', body: 'Every hiring panel, every incident review, every "quick look" at someone’s code.' },
    ],
    decision: 'I will stop being the payments team’s safety net and start being the person who decides where the platform goes.',
    goal: {
      statement: 'Lead the platform strategy for the whole engineering group, with two bets funded and owned by others.',
      whyItMatters: 'I have been the best firefighter for six years. The next six should be spent deciding which fires never start.',
      successMeasure: 'Two platform bets approved with budget, each with an owner who is not me; fewer than five hours a week of hands-on fixing.',
      targetInDays: 290,
      milestones: [
        { title: 'Vision memo presented to the leadership group', inDays: -20 },
        { title: 'First bet piloted with two teams', inDays: 40 },
        { title: 'Second bet funded', inDays: 150 },
      ],
    },
    futureSelf:
      'I am the person the engineering group trusts to say where we should go next. I spend my best hours on the few decisions only I can make, and I am proud when things work without me.',
    accountability: true,
    checkIns: priyaWeeks,
    actionItems: [
      { title: 'Review the pilot numbers with Mei', owner: 'CLIENT', inDays: 3 },
      { title: 'Send Priya the delegation brief template', owner: 'COACH', inDays: 2 },
      { title: 'Write the one-page platform vision', owner: 'CLIENT', inDays: -30, done: true },
    ],
    sessionNotes: [
      { daysAgo: 21, body: 'Priya named the fear under the fixing: if she stops, she is afraid she becomes "just another manager". Worked on what her value is when she is not the one with her hands on the keyboard.' },
      { daysAgo: 7, body: 'Strong session. The pilot gives her a visible win. Watch the tense-call pattern: she steps in when someone else is uncomfortable, not when the outcome is at risk.' },
    ],
    impact: [
      { whatIDid: 'Handed the weekly incident report to Lucas with a clear template.', outcome: 'About two hours a week returned to strategy work.', kind: 'TIME_SAVED', beneficiary: 'Platform group', significance: 2, daysAgo: 60 },
      { whatIDid: 'Proposed and scoped the deployment pilot.', outcome: 'Deploy time for two teams down from 40 to under 10 minutes: about 30 engineer-hours a month.', kind: 'TIME_SAVED', beneficiary: 'Two product teams', significance: 5, daysAgo: 20 },
      { whatIDid: 'Let the team choose the on-call tool without me.', outcome: 'Decision made in one meeting instead of three weeks; the team owns the choice.', kind: 'CAPABILITY', beneficiary: 'On-call engineers', significance: 3, daysAgo: 45 },
    ],
  },
  {
    name: 'Tom Adeyemi',
    email: 'tom@ridgeline.example',
    coachEmail: 'maren@ridgeline.example',
    status: 'ACTIVE',
    jobTitle: 'Finance Lead, EMEA',
    tags: ['finance'],
    timeZone: 'Europe/London',
    checkInDay: 1,
    startedWeeksAgo: 2,
    awareness: [
      { kind: 'PATTERN', body: 'I rebuild other people’s spreadsheets because mine are “safer”.' },
      { kind: 'HABITUAL_YES', body: 'Month-end close for two regions that are not mine.' },
    ],
    decision: 'I will hand back the two regions’ month-end close by the end of next quarter.',
  },
  {
    name: 'Amara Lindqvist',
    email: 'amara@ridgeline.example',
    coachEmail: 'jonas@ridgeline.example',
    status: 'ACTIVE',
    jobTitle: 'Head of Clinical Operations',
    tags: ['healthcare', 'cohort-autumn'],
    timeZone: 'Europe/Stockholm',
    checkInDay: 4,
    startedWeeksAgo: 9,
    awareness: [{ kind: 'PATTERN', body: 'I cover every rota gap myself rather than asking the team to plan ahead.' }],
    decision: 'I will build a team that plans the rota without me.',
    goal: {
      statement: 'Run clinical operations for three sites with a leadership team that plans without me.',
      whyItMatters: 'The third site opens next year; if I am still the rota, it will not open well.',
      successMeasure: 'Three site leads own their rotas; I cover no shifts for a full quarter.',
      targetInDays: 250,
      milestones: [{ title: 'Site leads appointed', inDays: 60 }],
    },
    futureSelf: 'I lead a calm operation: I set direction, my site leads run the days.',
    accountability: true,
    checkIns: [
      week(5, 5, 4, { wins: 'Appointed an interim lead for the north site.', defaultedToDoing: 'Covered one night shift.', declinedOrDelegated: 'Rota planning for next month handed to the interim lead.', strategicWork: 'Outline of the three-site structure.', impactMadeLegible: '', nextCommitments: 'Meet each site lead once this week.', reply: 'Good start. Notice which shift you covered and why.' }),
      week(4, 6, 4, { wins: 'All three site meetings held.', defaultedToDoing: 'Rewrote the north site rota.', declinedOrDelegated: 'Sickness cover now goes to the site lead first.', strategicWork: 'Budget for the site lead roles.', impactMadeLegible: 'Sickness cover decided at site level: answers in an hour instead of a day.', nextCommitments: 'No rota rewrites.', reply: 'An hour instead of a day is a real result.' }),
      week(3, 6, 3, { wins: 'Budget approved.', defaultedToDoing: 'Two night shifts after a flu wave.', declinedOrDelegated: 'Nothing this week.', strategicWork: 'Little.', impactMadeLegible: '', nextCommitments: 'Rest, then recruit.', reply: 'Flu waves happen. What would have let someone else cover?' }),
      week(2, 5, 3, { wins: 'Recruitment started.', defaultedToDoing: 'Most of the weekend on rota fixes.', declinedOrDelegated: 'Interviews led by HR.', strategicWork: 'None.', impactMadeLegible: '', nextCommitments: 'Protect one strategy morning.' }),
      week(1, 4, 2, { wins: 'Kept going.', defaultedToDoing: 'Covered three shifts.', declinedOrDelegated: 'Nothing.', strategicWork: 'None.', impactMadeLegible: '', nextCommitments: 'Talk to Jonas about the slide.' }),
      week(0, 3, 2, { wins: 'Not many.', defaultedToDoing: 'Back to running every rota.', declinedOrDelegated: 'Nothing.', strategicWork: 'None.', impactMadeLegible: '', nextCommitments: 'Ask for help earlier.', reply: 'Thank you for writing this honestly. Let us book an extra session this week.' }),
    ],
    actionItems: [{ title: 'Book an extra session about the rota slide', owner: 'COACH', inDays: 1 }],
  },
  {
    name: 'Daniel Brooks',
    email: 'daniel@ridgeline.example',
    coachEmail: 'maren@ridgeline.example',
    status: 'ACTIVE',
    jobTitle: 'Director of Data, Retail',
    tags: ['data'],
    timeZone: 'America/New_York',
    checkInDay: 3,
    startedWeeksAgo: 40,
    awareness: [{ kind: 'HABITUAL_YES', body: 'Every “can you pull these numbers by tomorrow?”' }],
    decision: 'I will run data as a product, not as a request queue.',
    goal: {
      statement: 'Turn the data team from a request queue into a product team with a published roadmap.',
      whyItMatters: 'We answer questions nobody acts on; the business decisions happen without us.',
      successMeasure: 'A quarterly roadmap agreed with three business leads; ad hoc requests below 20% of the team’s time.',
      targetInDays: 21,
      milestones: [{ title: 'Roadmap agreed with the first business lead', inDays: -60 }],
    },
    futureSelf: 'I am the one who tells the business which questions are worth asking.',
    accountability: true,
    checkIns: [
      week(5, 6, 4, { wins: 'Roadmap draft shared.', defaultedToDoing: 'Built two reports myself.', declinedOrDelegated: 'Ad hoc requests triaged by the analysts.', strategicWork: 'Roadmap draft.', impactMadeLegible: 'Ad hoc work down from 60% to 35% of team time.', nextCommitments: 'Agree the roadmap with the merchandising lead.', reply: 'From 60% to 35% in a month: put that in your impact log.' }),
      week(4, 7, 4, { wins: 'Merchandising lead agreed.', defaultedToDoing: 'Nothing major.', declinedOrDelegated: 'Quarterly numbers pack handed to Ana.', strategicWork: 'Second business lead meeting.', impactMadeLegible: '', nextCommitments: 'Third business lead.', reply: 'Great momentum.' }),
      week(3, 7, 3, { wins: 'Third meeting booked.', defaultedToDoing: 'Late nights before the board pack.', declinedOrDelegated: 'Board pack charts by the team.', strategicWork: 'Roadmap revision.', impactMadeLegible: '', nextCommitments: 'Get through the board pack.', reply: 'The board pack is a good test of what the team can carry.' }),
    ],
  },
  {
    name: 'Sofia Marchetti',
    email: 'sofia@ridgeline.example',
    coachEmail: 'maren@ridgeline.example',
    status: 'LEAD',
    jobTitle: 'Engineering Manager',
    tags: ['engineering'],
    timeZone: 'Europe/Rome',
    checkInDay: 5,
    startedWeeksAgo: 0,
    application: {
      wantsToChange: 'I was promoted because I fixed everything. Now I manage eight people and still fix everything, and my team has stopped trying.',
      preferredContactTime: 'Weekday mornings, before 10:00 Rome time',
    },
  },
  {
    name: 'Kenji Watanabe',
    email: 'kenji@ridgeline.example',
    coachEmail: 'jonas@ridgeline.example',
    status: 'PAUSED',
    jobTitle: 'Operations Director',
    tags: ['operations', 'parental-leave'],
    timeZone: 'Asia/Tokyo',
    checkInDay: 2,
    startedWeeksAgo: 20,
    awareness: [{ kind: 'PATTERN', body: 'I say yes to every escalation because I like being needed.' }],
    decision: 'I will let my deputies take escalations for a whole month.',
  },
  {
    name: 'Hannah Okoro',
    email: 'hannah@ridgeline.example',
    coachEmail: 'maren@ridgeline.example',
    status: 'ACTIVE',
    jobTitle: 'VP Customer Success',
    tags: ['customer-success', 'cohort-autumn'],
    timeZone: 'Europe/London',
    checkInDay: 2,
    startedWeeksAgo: 8,
    awareness: [{ kind: 'PATTERN', body: 'I take every escalated customer call myself.' }],
    decision: 'My managers take escalations; I take the accounts that shape next year.',
    goal: {
      statement: 'Grow net revenue retention to 115% by building a team that handles escalations without me.',
      whyItMatters: 'Retention is the company’s biggest lever and I spend my week on its smallest problems.',
      successMeasure: 'Net revenue retention at 115%; I join fewer than two escalations a month.',
      targetInDays: 330,
      milestones: [{ title: 'Escalation playbook live', inDays: 30 }],
    },
    futureSelf: 'I am the leader our biggest customers want to plan their year with.',
    accountability: true,
    checkIns: [
      week(4, 5, 4, { wins: 'Escalation playbook drafted.', defaultedToDoing: 'Took two escalations.', declinedOrDelegated: 'Renewals forecast owned by Dev.', strategicWork: 'Top-20 account plan.', impactMadeLegible: '', nextCommitments: 'Playbook review with managers.', reply: 'Good. Which escalation could a manager have taken?' }),
      week(3, 5, 4, { wins: 'Managers reviewed the playbook.', defaultedToDoing: 'One escalation.', declinedOrDelegated: 'Onboarding redesign handed to Chloe.', strategicWork: 'Two top-20 account meetings.', impactMadeLegible: 'An at-risk renewal worth £240k saved by a manager using the playbook.', nextCommitments: 'Go live with the playbook.', reply: 'A £240k renewal saved without you. That is the story.' }),
      week(2, 6, 4, { wins: 'Playbook live.', defaultedToDoing: 'None.', declinedOrDelegated: 'All escalations to managers first.', strategicWork: 'Retention model with finance.', impactMadeLegible: '', nextCommitments: 'Quarterly business reviews with five accounts.', reply: 'Lovely week.' }),
      week(1, 6, 5, { wins: 'Three business reviews held.', defaultedToDoing: 'Edited every slide of the reviews.', declinedOrDelegated: 'Support hiring led by Dev.', strategicWork: 'Expansion plays for two accounts.', impactMadeLegible: '', nextCommitments: 'Let the managers own the review slides.' }),
      week(0, 7, 4, { wins: 'Expansion agreed with one account.', defaultedToDoing: 'Jumped into a billing dispute.', declinedOrDelegated: 'Review slides by the managers.', strategicWork: 'Retention forecast for next year.', impactMadeLegible: 'First expansion from the new review format: +18% on the account.', nextCommitments: 'Stay out of billing disputes.', reply: 'An expansion from the new format is the story for your summary.' }),
    ],
    actionItems: [{ title: 'Share the retention forecast with finance', owner: 'CLIENT', inDays: 5 }],
  },
];
