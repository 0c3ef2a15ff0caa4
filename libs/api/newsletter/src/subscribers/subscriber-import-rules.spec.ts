import { againstExisting, IMPORT_CHUNK, ImportFileError, mapHeaders, parseConsentDate, previewRows, readImport, statusFromFileName, writes } from './subscriber-import-rules';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('reading a subscriber export', () => {
  it("maps Mailchimp's headers whatever their case, preferring the confirmation time as the consent", () => {
    expect(mapHeaders(['Email Address', 'First Name', 'Last Name', 'OPTIN_TIME', 'CONFIRM_TIME', 'Status'])).toEqual({
      email: ['Email Address'],
      name: [],
      first: ['First Name'],
      last: ['Last Name'],
      status: ['Status'],
      consent: ['CONFIRM_TIME', 'OPTIN_TIME'],
    });
    expect(mapHeaders(['E-mail', 'Full Name', 'consent_at']).email).toEqual(['E-mail']);
    expect(mapHeaders(['EMAIL', 'name', 'Consent date'])).toMatchObject({ email: ['EMAIL'], name: ['name'], consent: ['Consent date'] });
    // A contact's creation date is not a consent.
    expect(mapHeaders(['Email', 'Created At']).consent).toEqual([]);
  });

  it('reads consent dates as exports write them, and refuses ambiguous or impossible ones', () => {
    expect(parseConsentDate('2024-03-31 14:05:09')?.toISOString()).toBe('2024-03-31T14:05:09.000Z');
    expect(parseConsentDate('2024-03-31')?.toISOString()).toBe('2024-03-31T00:00:00.000Z');
    expect(parseConsentDate('2024-03-31T14:05:09+02:00')?.toISOString()).toBe('2024-03-31T12:05:09.000Z');
    expect(parseConsentDate('2024-03-31 09:05:09 -0500')?.toISOString()).toBe('2024-03-31T14:05:09.000Z');
    expect(parseConsentDate('2024-03-31 14:05:09 UTC')?.toISOString()).toBe('2024-03-31T14:05:09.000Z');
    expect(parseConsentDate('03/04/2024')).toBeUndefined();
    expect(parseConsentDate('2024-02-30')).toBeUndefined();
    expect(parseConsentDate('yesterday')).toBeUndefined();
  });

  it('subscribes only rows with a recorded consent and a subscribed status; keeps left and cleaned ones; skips the rest', () => {
    const csv = [
      'Email Address,First Name,Last Name,Status,CONFIRM_TIME',
      'Ada@Example.com,Ada,Lovelace,subscribed,2024-01-05 10:00:00',
      'no-consent@example.com,No,Consent,subscribed,',
      'left@example.com,,,unsubscribed,2023-01-01',
      'gone@example.com,,,cleaned,',
      'waiting@example.com,,,pending,2024-01-01',
      'not an address,,,subscribed,2024-01-01',
      'ada@example.com,Ada,Again,subscribed,2024-01-05',
      'later@example.com,,,subscribed,2030-01-01',
      'odd@example.com,,,subscribed,05/01/2024',
    ].join('\n');
    const rows = readImport(csv, 'audience.csv', NOW);
    expect(rows.map((r) => [r.line, r.email, r.outcome, r.status])).toEqual([
      [2, 'ada@example.com', 'SUBSCRIBE', 'SUBSCRIBED'],
      [3, 'no-consent@example.com', 'SKIP', ''],
      [4, 'left@example.com', 'KEEP_STATUS', 'UNSUBSCRIBED'],
      [5, 'gone@example.com', 'KEEP_STATUS', 'BOUNCED'],
      [6, 'waiting@example.com', 'SKIP', ''],
      [7, 'not an address', 'ERROR', ''],
      [8, 'ada@example.com', 'ERROR', ''],
      [9, 'later@example.com', 'ERROR', ''],
      [10, 'odd@example.com', 'ERROR', ''],
    ]);
    expect(rows[0]).toMatchObject({ name: 'Ada Lovelace', consentAt: new Date('2024-01-05T10:00:00Z') });
    expect(rows[1].problems).toEqual(['no recorded consent']);
    expect(rows[4].problems).toEqual(['the export status "pending" is not imported']);
    expect(rows[6].problems).toEqual(['ada@example.com appears again (first on line 2)']);
    expect(rows[7].problems[0]).toContain('is in the future');
    expect(rows.filter(writes).map((r) => r.email)).toEqual(['ada@example.com', 'left@example.com', 'gone@example.com']);
  });

  it("takes the status from Mailchimp's file name when the export has no status column", () => {
    expect(statusFromFileName('unsubscribed_members_export_1a2b.csv')).toBe('unsubscribed');
    expect(statusFromFileName('cleaned_members_export.csv')).toBe('cleaned');
    expect(statusFromFileName('subscribed_members_export.csv')).toBe('subscribed');
    const rows = readImport('Email Address,OPTIN_TIME\nleft@example.com,2024-01-01\n', 'unsubscribed_members_export.csv', NOW);
    expect(rows[0]).toMatchObject({ outcome: 'KEEP_STATUS', status: 'UNSUBSCRIBED' });
  });

  it('reports the line a row ends on, past blank lines and quoted line breaks, and reads a BOM', () => {
    const rows = readImport('\uFEFFemail,name,consent_at\n"a@example.com","Two\nLines",2024-01-01\n\nb@example.com,B,2024-01-01\n', 'list.csv', NOW);
    expect(rows.map((r) => [r.line, r.email, r.outcome])).toEqual([
      [3, 'a@example.com', 'SUBSCRIBE'],
      [5, 'b@example.com', 'SUBSCRIBE'],
    ]);
  });

  it('refuses a file without an email column, an unreadable one and one over 10 MB', () => {
    expect(() => readImport('name,status\nAda,subscribed\n', 'x.csv', NOW)).toThrow(ImportFileError);
    expect(() => readImport('email,name\n"a@example.com,Ada\n', 'x.csv', NOW)).toThrow('not a readable CSV');
    expect(() => readImport(`email\n${'a'.repeat(10 * 1024 * 1024)}`, 'x.csv', NOW)).toThrow('larger than 10 MB');
  });

  it('never resubscribes an existing address; leaving or bouncing in the export ends a pending or subscribed one', () => {
    const [subscribe, left] = readImport('email,status,consent_at\na@example.com,subscribed,2024-01-01\nb@example.com,unsubscribed,\n', 'x.csv', NOW);
    expect(againstExisting(subscribe, 'UNSUBSCRIBED')).toMatchObject({ outcome: 'KEEP_STATUS', status: 'UNSUBSCRIBED', problems: ['already on the list as UNSUBSCRIBED: keeps that status'] });
    expect(againstExisting(subscribe, 'PENDING')).toMatchObject({ outcome: 'KEEP_STATUS', status: 'PENDING' });
    expect(againstExisting(subscribe, undefined)).toBe(subscribe);
    expect(againstExisting(left, 'SUBSCRIBED')).toMatchObject({ outcome: 'KEEP_STATUS', status: 'UNSUBSCRIBED', problems: [] });
    expect(againstExisting(left, 'BOUNCED')).toMatchObject({ outcome: 'KEEP_STATUS', status: 'BOUNCED' });
  });

  it('previews the first 50 rows and then every error row, at most 200', () => {
    const lines = Array.from({ length: IMPORT_CHUNK }, (_, i) => (i % 2 ? `bad-${i}` : `ok-${i}@example.com,2024-01-01`));
    const rows = readImport(`email,consent_at\n${lines.join('\n')}\n`, 'x.csv', NOW);
    const shown = previewRows(rows);
    expect(shown).toHaveLength(200);
    expect(shown.slice(0, 50)).toEqual(rows.slice(0, 50));
    expect(shown.slice(50).every((r) => r.outcome === 'ERROR')).toBe(true);
  });
});
