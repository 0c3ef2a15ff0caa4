import { screen, within } from '@testing-library/react';
import { answerOperations, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { publicPackageData, standing } from './sales-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const clientSession = {
  RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) },
  PracticeStanding: { practiceStanding: standing },
};

describe('the client portal’s packages', () => {
  it('shows the practice’s packages, each leading to its checkout', async () => {
    answerOperations(fetchStub, { ...clientSession, PublicPackages: { publicOfferings: [publicPackageData()] } });
    renderRoute('/app/portal/packages');

    expect(await screen.findByRole('heading', { level: 1, name: 'Packages' })).toBeInTheDocument();
    const card = within(await screen.findByRole('article', { name: '12-month leadership accelerator' }));
    expect(card.getByText('USD 4,800 once')).toBeInTheDocument();
    expect(card.getByRole('link', { name: 'See 12-month leadership accelerator' })).toHaveAttribute('href', '/p/ridgeline/packages/leadership-accelerator');
    expect(requests(fetchStub).find((r) => r.operationName === 'PublicPackages')?.variables).toEqual({ practiceSlug: 'ridgeline' });
  });

  it('says so when the practice has nothing on offer', async () => {
    answerOperations(fetchStub, { ...clientSession, PublicPackages: { publicOfferings: [] } });
    renderRoute('/app/portal/packages');

    expect(await screen.findByText('Ridgeline Leadership Coaching has no package on offer right now.')).toBeInTheDocument();
  });
});
