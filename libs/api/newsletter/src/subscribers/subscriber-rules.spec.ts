import { parse } from 'csv-parse/sync';
import { emailLayout } from '@ascend/platform/mail';
import { confirmationMail, neutraliseFormula, SIGNUP_CONSENT_TEXT, signupConsentSource, subscribersCsv } from './subscriber-rules';

describe('subscriber rules', () => {
  it("words the consent with the practice's name and its promise", () => {
    const text = SIGNUP_CONSENT_TEXT('Ridgeline Coaching');
    expect(text).toContain("Ridgeline Coaching's newsletter");
    expect(text).toContain('No spam');
    expect(text).toContain('never sold or shared');
    expect(text).toContain('one click');
  });

  it('records the page a signup came from', () => {
    expect(signupConsentSource(' /p/ridgeline/articles/x ')).toBe('signup form on /p/ridgeline/articles/x');
    expect(signupConsentSource(undefined)).toBe('signup form');
  });

  it('writes the confirmation mail with one button to the confirm page and the promise', () => {
    const content = confirmationMail({ name: '', practiceName: 'Ridgeline', confirmUrl: 'https://app.example.com/newsletter/confirm?token=t' });
    expect(content.tag).toBe('newsletter-confirm');
    const { text, html } = emailLayout(content.layout);
    expect(text).toContain('Hello,');
    expect(text).toContain('Confirm my subscription:\nhttps://app.example.com/newsletter/confirm?token=t');
    expect(text).toContain('no spam, we never sell or share your information, and leaving takes one click');
    expect(html).toContain('href="https://app.example.com/newsletter/confirm?token=t"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', 'plain', 'a=b'].map(neutraliseFormula)).toEqual([
      `'=HYPERLINK("x")`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      'plain',
      'a=b',
    ]);
  });

  it('exports the list with its header, UTC times and quoting a CSV reader reads back', () => {
    const csv = subscribersCsv([
      { email: 'ada@example.com', name: '=cmd|"/c calc"!A1', status: 'SUBSCRIBED', consentAt: new Date('2024-01-05T10:00:00Z'), consentSource: 'signup form on /p/x, home', createdAt: new Date('2024-01-05T09:00:00Z') },
      { email: 'bo@example.com', name: 'Bo', status: 'PENDING', consentAt: null, consentSource: null, createdAt: new Date('2024-02-01T00:00:00Z') },
    ]);
    expect(csv.split('\r\n')[0]).toBe('email,name,status,consent_at,consent_source,created_at');
    expect(parse(csv, { columns: true })).toEqual([
      { email: 'ada@example.com', name: `'=cmd|"/c calc"!A1`, status: 'SUBSCRIBED', consent_at: '2024-01-05T10:00:00.000Z', consent_source: 'signup form on /p/x, home', created_at: '2024-01-05T09:00:00.000Z' },
      { email: 'bo@example.com', name: 'Bo', status: 'PENDING', consent_at: '', consent_source: '', created_at: '2024-02-01T00:00:00.000Z' },
    ]);
  });
});
