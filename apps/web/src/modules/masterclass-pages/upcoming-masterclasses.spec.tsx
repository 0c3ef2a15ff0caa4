import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { publicMasterclass } from './masterclass-fixtures';
import { publicMasterclassesKey } from './use-public-masterclasses';

const practice = {
  id: 'b7a1c3c0-0000-4000-8000-000000000001',
  slug: 'ridgeline',
  name: 'Ridgeline Leadership Coaching',
  tagline: 'From fixing everything to leading.',
  coachName: 'Maren Okafor',
  coachBio: 'Maren coaches senior leaders.',
  timeZone: 'Europe/London',
  photoUrl: '',
  ctaText: '',
  ctaUrl: '',
  socialLinks: [],
};

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

describe("the practice page's upcoming masterclasses", () => {
  it('lists each with its time in both zones, its price and seats, linking to its page', async () => {
    const paid = publicMasterclass({ id: 'mc-2', slug: 'the-strategic-week', title: 'The strategic week', seatsLeft: 0, price: { amountCents: 4500, currency: 'EUR' } });
    answerOperations(fetchStub, {
      PublicPractice: { practice },
      UpcomingMasterclasses: { publicMasterclasses: [publicMasterclass(), paid] },
    });
    const { router, user } = renderRoute('/p/ridgeline');

    const section = within(await screen.findByRole('region', { name: 'Upcoming masterclasses' }));
    const [first, second] = section.getAllByRole('listitem');
    expect(within(first).getByText(/\(your time\) · .+ in Europe\/London$/)).toBeInTheDocument();
    expect(within(first).getByText('Complimentary')).toBeInTheDocument();
    expect(within(first).getByText('12 seats left')).toBeInTheDocument();
    expect(within(second).getByText(/45\.00/)).toBeInTheDocument();
    expect(within(second).getByText('Full – join the waitlist')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'UpcomingMasterclasses')?.variables).toEqual({ practiceSlug: 'ridgeline' });

    await user.click(section.getByRole('link', { name: 'The strategic week' }));
    expect(router.state.location.pathname).toBe('/p/ridgeline/masterclasses/the-strategic-week');
  });

  it('shows no section when the practice has none coming up', async () => {
    answerOperations(fetchStub, { PublicPractice: { practice }, UpcomingMasterclasses: { publicMasterclasses: [] } });
    const { queryClient } = renderRoute('/p/ridgeline');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ridgeline Leadership Coaching' })).toBeInTheDocument();
    await waitFor(() => expect(queryClient.getQueryState([...publicMasterclassesKey('ridgeline'), 'upcoming'])?.status).toBe('success'));
    expect(screen.queryByRole('region', { name: 'Upcoming masterclasses' })).not.toBeInTheDocument();
  });
});
