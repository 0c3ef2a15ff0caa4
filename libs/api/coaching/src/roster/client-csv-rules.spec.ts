import { checkAgainstPractice, clientsCsv, csvField, CsvFileError, MAX_IMPORT_ROWS, parseCsv, readClientCsv } from './client-csv-rules';

const HEADER = 'name,email,status,tags,coach email';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and skips blank lines', () => {
    const text = '\ufeffa,b\r\n"Okafor, Maren","say ""hi""\nthere"\n\n,x\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['Okafor, Maren', 'say "hi"\nthere'],
      ['', 'x'],
    ]);
  });

  it('keeps a last row without a line end', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('refuses a quote that is never closed, naming its row', () => {
    expect(() => parseCsv('a,b\n"open,x\n')).toThrow(new CsvFileError('Row 2 opens a quoted field that is never closed'));
  });
});

describe('readClientCsv', () => {
  it('reads each column, with tags split on ; or |, lower-cased addresses, and ACTIVE when no status is given', () => {
    const rows = readClientCsv(`${HEADER}\nMaren Okafor, Maren@Example.com ,paused,VIP; board | vip,Coach@Example.com\nTom Reyes,tom@example.com,,,\n`);
    expect(rows).toEqual([
      { row: 2, name: 'Maren Okafor', email: 'maren@example.com', status: 'PAUSED', tags: ['vip', 'board'], coachEmail: 'coach@example.com', problems: [] },
      { row: 3, name: 'Tom Reyes', email: 'tom@example.com', status: 'ACTIVE', tags: [], coachEmail: '', problems: [] },
    ]);
  });

  it('finds the columns by their header, in any order and spelling', () => {
    const [row] = readClientCsv('Email Address,Coach,Full Name\nann@example.com,c@example.com,Ann Lee\n');
    expect(row).toMatchObject({ name: 'Ann Lee', email: 'ann@example.com', coachEmail: 'c@example.com', problems: [] });
  });

  it('names the column of every problem: missing or bad email, missing name, unknown status, a duplicate in the file', () => {
    const rows = readClientCsv(`${HEADER}\nNo Mail,,active,,\n,not-an-email,sleeping,,\nAnn,ann@example.com,,,\nAnn Again,ANN@example.com,,,\n`);
    expect(rows.map((r) => [r.row, r.problems])).toEqual([
      [2, [{ column: 'email', message: 'is missing' }]],
      [
        3,
        [
          { column: 'email', message: '"not-an-email" is not an email address' },
          { column: 'name', message: 'is missing' },
          { column: 'status', message: '"sleeping" is not a status: use LEAD, ACTIVE, PAUSED or ALUMNI' },
        ],
      ],
      [4, []],
      [5, [{ column: 'email', message: 'appears again (first on row 4)' }]],
    ]);
    expect(rows[2].status).toBe('ACTIVE');
    expect(rows[1].status).toBeNull();
  });

  it('refuses too many tags or too long a tag', () => {
    const many = Array.from({ length: 21 }, (_, i) => `t${i}`).join(';');
    const [tooMany, tooLong] = readClientCsv(`${HEADER}\nA,a@example.com,,${many},\nB,b@example.com,,${'x'.repeat(41)},\n`);
    expect(tooMany.problems).toEqual([{ column: 'tags', message: 'has 21 tags; at most 20' }]);
    expect(tooLong.problems).toEqual([{ column: 'tags', message: `"${'x'.repeat(41)}" is longer than 40 characters` }]);
  });

  it('refuses a file without rows, without an email column, or beyond the caps', () => {
    expect(() => readClientCsv('')).toThrow(/empty/);
    expect(() => readClientCsv('name,mail\nA,a@example.com\n')).toThrow(/no "email" column/);
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `P${i},p${i}@example.com`).join('\n');
    expect(() => readClientCsv(`name,email\n${rows}\n`)).toThrow(`The file has ${MAX_IMPORT_ROWS + 1} rows; at most ${MAX_IMPORT_ROWS} can be imported at once: split it`);
    expect(() => readClientCsv(`name,email\nA,${'a'.repeat(1_000_001)}@example.com\n`)).toThrow(/larger than 1 MB/);
  });
});

describe('checkAgainstPractice', () => {
  it('adds an unknown coach and an address already on the roster', () => {
    const rows = readClientCsv(`${HEADER}\nA,a@example.com,,,coach@example.com\nB,b@example.com,,,stranger@example.com\nC,c@example.com,,,\n`);
    const checked = checkAgainstPractice(rows, { coaches: new Map([['coach@example.com', 'u1']]), onRoster: new Set(['c@example.com']) });
    expect(checked.map((r) => r.problems)).toEqual([
      [],
      [{ column: 'coach email', message: 'no owner, admin or coach of the practice has the address "stranger@example.com"' }],
      [{ column: 'email', message: 'is already on the roster' }],
    ]);
  });
});

describe('exporting', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Okafor, Maren')).toBe('"Okafor, Maren"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) expect(csvField(formula)).toBe(`'${formula}`);
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });

  it('writes the importer\'s columns, which it reads back', () => {
    const csv = clientsCsv([{ name: 'Okafor, Maren', email: 'maren@example.com', status: 'LEAD', tags: ['vip', 'board'], coachEmail: null }]);
    expect(csv).toBe('name,email,status,tags,coach email\r\n"Okafor, Maren",maren@example.com,LEAD,vip;board,\r\n');
    expect(readClientCsv(csv)).toEqual([{ row: 2, name: 'Okafor, Maren', email: 'maren@example.com', status: 'LEAD', tags: ['vip', 'board'], coachEmail: '', problems: [] }]);
  });
});
