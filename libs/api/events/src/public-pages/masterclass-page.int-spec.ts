import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { EventsModule } from '../events.module';
import { buildMasterclass } from '../shared/masterclass-scenario';
import { MasterclassPage } from './masterclass-page';

describe('the public masterclass page as the server sends it', () => {
  let t: TestApp;
  let page: MasterclassPage;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule] });
    page = t.app.get(MasterclassPage);
  });
  afterAll(() => t.close());

  it('holds the title, the time in the presenting zone, the description and the Open Graph tags, all escaped', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { title: 'Lead <em>less</em> & decide', timeZone: 'America/New_York' });
    await t.db.query(`update masterclass set starts_at = '2031-06-05T22:30:00Z', registration_deadline = '2031-06-05T22:30:00Z' where id = $1`, [masterclass.id]);
    const rendered = await page.render({ practiceSlug: practice.slug, masterclassSlug: masterclass.slug });
    expect(rendered?.status).toBe(200);
    expect(rendered?.title).toBe(`Lead <em>less</em> & decide · ${practice.name}`);
    expect(rendered?.head).toContain('<meta property="og:title" content="Lead &lt;em&gt;less&lt;/em&gt; &amp; decide" />');
    expect(rendered?.head).toContain(`<meta property="og:url" content="${t.config.publicUrl}/p/${practice.slug}/masterclasses/${masterclass.slug}" />`);
    expect(rendered?.head).toContain('content="Thursday 5 June 2031, 18:30–19:30 (America/New York). A practical hour on delegating the work only you were doing."');
    expect(rendered?.head).toContain('"startDate":"2031-06-05T22:30:00.000Z"');
    expect(rendered?.body).toContain('<h1>Lead &lt;em&gt;less&lt;/em&gt; &amp; decide</h1>');
    expect(rendered?.body).toContain('<time datetime="2031-06-05T22:30:00.000Z">Thursday 5 June 2031, 18:30–19:30 (America/New York)</time> · Complimentary');
    expect(rendered?.body).toContain('<p>A practical hour on <strong>delegating</strong> the work only you were doing.</p>');
    expect(rendered?.body).not.toContain('meet.example.com');
  });

  it('shows nothing of a draft, another practice or a malformed address', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const other = await buildPractice(t, { coaches: 0, clients: 0 });
    const draft = await buildMasterclass(t, practice, { status: 'DRAFT' });
    const published = await buildMasterclass(t, practice);
    expect(await page.render({ practiceSlug: practice.slug, masterclassSlug: draft.slug })).toBeUndefined();
    expect(await page.render({ practiceSlug: other.slug, masterclassSlug: published.slug })).toBeUndefined();
    expect(await page.render({ practiceSlug: practice.slug, masterclassSlug: "x' or 1=1" })).toBeUndefined();
  });
});
