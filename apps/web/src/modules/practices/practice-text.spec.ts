import { localTimeIn, paragraphs } from './practice-text';

describe('paragraphs', () => {
  it('splits on blank lines, ignoring stray spaces and empty ends', () => {
    expect(paragraphs('First line\nstill first.\n\n  Second. \n \n\nThird.\n')).toEqual(['First line\nstill first.', 'Second.', 'Third.']);
  });
});

describe('localTimeIn', () => {
  const noonUtcInJuly = new Date('2026-07-01T12:00:00Z');

  it("gives the current time in the practice's zone, with its abbreviation", () => {
    expect(localTimeIn('Europe/London', noonUtcInJuly, 'en-GB')).toBe('13:00 BST');
    expect(localTimeIn('America/New_York', noonUtcInJuly, 'en-US')).toBe('8:00 AM EDT');
  });

  it('gives null for a zone the browser does not know', () => {
    expect(localTimeIn('Mars/Olympus_Mons', noonUtcInJuly)).toBeNull();
  });
});
