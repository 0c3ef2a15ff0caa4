import { eitherOf, lastOwnerMessage, newPracticeProblems, practiceStartsSpent } from './membership-rules';

describe('listing names as choices', () => {
  it.each([
    [[], ''],
    [['Dana Whitlock'], 'Dana Whitlock'],
    [['Dana Whitlock', 'Sam Ortiz'], 'Dana Whitlock or Sam Ortiz'],
    [['Dana Whitlock', 'Sam Ortiz', 'Lee Park'], 'Dana Whitlock, Sam Ortiz or Lee Park'],
  ])('lists %j as "%s"', (names, prose) => {
    expect(eitherOf(names)).toBe(prose);
  });
});

describe('the last owner leaving', () => {
  it('names who could be made owner', () => {
    expect(lastOwnerMessage('Ridgeline Coaching', ['Dana Whitlock', 'Sam Ortiz'])).toBe(
      'You are the last owner of Ridgeline Coaching: make someone else owner first (Team page), for example Dana Whitlock or Sam Ortiz.',
    );
  });

  it('says to invite someone first when nobody else is in the practice', () => {
    expect(lastOwnerMessage('Ridgeline Coaching', [])).toBe(
      'You are the only one on the team of Ridgeline Coaching, and a practice keeps an owner: invite a coach or an admin and make them owner first (Team page).',
    );
  });
});

describe('a new practice', () => {
  it('accepts an address and a time zone that follow the rules', () => {
    expect(newPracticeProblems({ practiceSlug: 'ridgeline-coaching', timeZone: 'Europe/London' })).toEqual([]);
  });

  it('names every field that breaks a rule', () => {
    expect(newPracticeProblems({ practiceSlug: 'Ridge_Line', timeZone: 'Mars/Olympus' })).toEqual([
      { field: 'input.practiceSlug', message: 'must be 3-63 lower-case letters, digits and single hyphens' },
      { field: 'input.timeZone', message: 'must be an IANA time zone such as Europe/London' },
    ]);
  });

  it('says how many practices a person can start', () => {
    expect(practiceStartsSpent(3, 'hour')).toBe('You can start 3 practices per hour');
    expect(practiceStartsSpent(1, 'day')).toBe('You can start 1 practice per day');
  });
});
