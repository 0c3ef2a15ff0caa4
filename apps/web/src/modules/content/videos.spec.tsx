import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { videoData } from './content-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const vimeo = videoData({
  id: 'vid-2',
  title: 'The Monday question',
  provider: 'VIMEO',
  url: 'https://vimeo.com/76979871',
  embedUrl: 'https://player.vimeo.com/video/76979871?dnt=1',
  visibility: 'MEMBERS',
});

describe('the video embed', () => {
  it('loads nothing from the provider until play is pressed, then the privacy-enhanced player', async () => {
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) },
      MemberVideos: { memberVideos: [videoData(), vimeo] },
    });
    const { user, container } = renderRoute('/app/portal/videos');

    expect(await screen.findByRole('heading', { level: 2, name: 'The Monday question' })).toBeInTheDocument();
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByText('Plays from YouTube; loads only when you press play.')).toBeInTheDocument();
    expect(screen.getByText('Plays from Vimeo; loads only when you press play.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Play The Monday question' }));

    const frames = container.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]).toHaveAttribute('src', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1');
    expect(frames[0]).toHaveAttribute('title', 'The Monday question');
    expect(frames[0]).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    expect(frames[0]).toHaveAttribute('allow', 'autoplay; encrypted-media; picture-in-picture');
    expect(screen.getByRole('button', { name: 'Play Deciding what matters this week' })).toBeInTheDocument();
  });
});

describe('the videos page', () => {
  it("adds a video, showing the API's refusal of the address under its field", async () => {
    let attempts = 0;
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
      CoachVideos: { videos: [videoData()] },
      CreateVideo: () => {
        attempts += 1;
        if (attempts === 1) return graphQLError('BAD_USER_INPUT', 'Invalid input', [{ field: 'input.url', message: 'must be a YouTube or Vimeo video address' }]);
        return graphQLAnswer({ createVideo: vimeo });
      },
    });
    const { user } = renderRoute('/app/videos');

    expect(await screen.findByRole('link', { name: 'Deciding what matters this week' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add video' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a video' });
    await fill(user, within(dialog).getByRole('textbox', { name: /^Title/ }), 'The Monday question');
    await fill(user, within(dialog).getByRole('textbox', { name: /^Video address/ }), 'https://www.dailymotion.com/video/x1');
    await user.click(within(dialog).getByRole('button', { name: 'Add video' }));
    expect(await within(dialog).findByText('Paste the address of a YouTube or Vimeo video, starting with https://')).toBeInTheDocument();
    expect(attempts).toBe(0);

    await fill(user, within(dialog).getByRole('textbox', { name: /^Video address/ }), 'https://vimeo.com/channels/76979871');
    await user.click(within(dialog).getByRole('radio', { name: /^Members/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add video' }));
    expect(await within(dialog).findByText('Must be a YouTube or Vimeo video address')).toBeInTheDocument();

    await fill(user, within(dialog).getByRole('textbox', { name: /^Video address/ }), 'https://vimeo.com/76979871');
    await user.click(within(dialog).getByRole('button', { name: 'Add video' }));
    expect(requests(fetchStub).filter((r) => r.operationName === 'CreateVideo').at(-1)?.variables).toEqual({
      input: { title: 'The Monday question', description: '', url: 'https://vimeo.com/76979871', visibility: 'MEMBERS' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a video' })).not.toBeInTheDocument());
  });
});
