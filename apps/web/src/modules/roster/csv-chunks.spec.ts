import { importChunks } from './csv-chunks';

const row = (n: number, name = `Person ${n}`) => ({ row: n, name, email: `p${n}@example.com`, status: 'ACTIVE', tags: ['vip', 'board'], coachEmail: '' });

describe('importChunks', () => {
  it('writes the rows back as CSV, quoting what needs it, in chunks that remember their rows in the file', () => {
    const chunks = importChunks([row(2, 'Okafor, Maren'), row(4), row(7, 'Say "hi"')], 2);
    expect(chunks).toEqual([
      { csv: 'name,email,status,tags,coach email\r\n"Okafor, Maren",p2@example.com,ACTIVE,vip;board,\r\nPerson 4,p4@example.com,ACTIVE,vip;board,', rows: [2, 4] },
      { csv: 'name,email,status,tags,coach email\r\n"Say ""hi""",p7@example.com,ACTIVE,vip;board,', rows: [7] },
    ]);
  });

  it('makes no chunk of no rows', () => {
    expect(importChunks([])).toEqual([]);
  });
});
