import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { profileData } from './content-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

// The time zone list scrolls its chosen option into view, which jsdom does not implement.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const updates = () => requests(fetchStub).filter((r) => r.operationName === 'UpdatePracticeProfile');

describe('the public site settings', () => {
  it('edits the profile with a live preview, shows a refused link under its row, then saves', async () => {
    let attempts = 0;
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'OWNER')] }) },
      PublicPractice: { practice: profileData() },
      UpdatePracticeProfile: (request) => {
        attempts += 1;
        if (attempts === 1) return graphQLError('BAD_USER_INPUT', 'Invalid input', [{ field: 'input.socialLinks.1.url', message: 'must be an https address of at most 2000 characters' }]);
        return graphQLAnswer({ updatePracticeProfile: profileData(request.variables.input as Record<string, unknown>) });
      },
    });
    const { user } = renderRoute('/app/site');

    const name = await screen.findByRole('textbox', { name: /^Practice name/ });
    expect(name).toHaveValue('Ridgeline Leadership Coaching');
    expect(screen.getByRole('combobox', { name: /^Time zone/ })).toHaveValue('Europe/London');
    expect(screen.getByRole('link', { name: 'your public page' })).toHaveAttribute('href', '/p/ridgeline');
    const preview = screen.getByRole('region', { name: 'About the coach' });
    expect(within(preview).getByRole('link', { name: 'Book a discovery call' })).toHaveAttribute('href', 'https://ridgeline.example/call');

    await fill(user, screen.getByRole('textbox', { name: /^Coach name/ }), 'Maren A. Okafor');
    await fill(user, screen.getByRole('textbox', { name: /^Button text/ }), 'Apply for coaching');
    expect(within(preview).getByText('Maren A. Okafor')).toBeInTheDocument();
    expect(within(preview).getByRole('link', { name: 'Apply for coaching' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Name the link, e.g. LinkedIn')).toBeInTheDocument();
    expect(updates()).toHaveLength(0);

    await fill(user, screen.getByRole('textbox', { name: /^Link 2 name/ }), 'Podcast');
    await fill(user, screen.getByRole('textbox', { name: /^Link 2 address/ }), 'https://podcast.example/ridgeline');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Must be an https address of at most 2000 characters')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Link 2 address/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Coach name/ })).toHaveValue('Maren A. Okafor');

    await user.click(screen.getByRole('button', { name: 'Remove link 1' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Saved: your public page shows it now.')).toBeInTheDocument();
    expect(updates().at(-1)?.variables).toEqual({
      input: {
        name: 'Ridgeline Leadership Coaching',
        tagline: 'From the person who fixes everything to the leader who decides what matters.',
        coachName: 'Maren A. Okafor',
        coachBio: 'Maren ran operations for twelve years.\n\nShe now coaches senior leaders.',
        photoUrl: 'https://images.example/maren.jpg',
        ctaText: 'Apply for coaching',
        ctaUrl: 'https://ridgeline.example/call',
        socialLinks: [{ label: 'Podcast', url: 'https://podcast.example/ridgeline' }],
        timeZone: 'Europe/London',
      },
    });
  });
});
