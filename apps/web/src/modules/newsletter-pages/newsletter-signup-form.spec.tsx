import { createQueryClient } from '@ascend/web/data-access';
import { AppProviders } from '@ascend/web/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { NewsletterSignupForm } from './newsletter-signup-form';

const wording = 'I agree that Ridgeline Leadership Coaching may email me its newsletter. No spam; my address is never sold.';
const receipt = 'Check your inbox to confirm your subscription.';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

function renderForm(answers: Parameters<typeof answerOperations>[1]) {
  answerOperations(fetchStub, { NewsletterSignupWording: { newsletterSignupWording: wording }, ...answers });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <AppProviders queryClient={queryClient}>
      <NewsletterSignupForm practiceSlug="ridgeline" source="/p/ridgeline/articles/the-workhorse-trap" />
    </AppProviders>,
  );
  return userEvent.setup();
}

const sent = () => requests(fetchStub).filter((r) => r.operationName === 'SubscribeToNewsletter');

describe('the newsletter signup form', () => {
  it('labels the consent with the wording the API records, and sends it with the page it was on', async () => {
    const user = renderForm({ SubscribeToNewsletter: { subscribeToNewsletter: { message: receipt } } });

    const consent = await screen.findByRole('checkbox', { name: wording });
    expect(screen.getByText('No spam. We never sell your data. Leave with one click.')).toBeInTheDocument();
    expect(requests(fetchStub)[0].variables).toEqual({ practiceSlug: 'ridgeline' });
    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), '  priya@example.com ');
    await fill(user, screen.getByRole('textbox', { name: /^First name/ }), 'Priya');
    await user.click(consent);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));

    expect(await screen.findByRole('heading', { name: receipt })).toBeInTheDocument();
    expect(sent().map((r) => r.variables)).toEqual([
      {
        input: {
          practiceSlug: 'ridgeline',
          email: 'priya@example.com',
          name: 'Priya',
          consent: true,
          website: '',
          source: '/p/ridgeline/articles/the-workhorse-trap',
        },
      },
    ]);
  });

  it('asks for consent before sending anything', async () => {
    const user = renderForm({});

    await screen.findByRole('checkbox', { name: wording });
    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'priya@example.com');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));

    expect(await screen.findByText('Please agree, so we may email you the newsletter')).toBeInTheDocument();
    expect(sent()).toEqual([]);
  });

  it('keeps the honeypot away from people, and sends what a robot put in it', async () => {
    const user = renderForm({ SubscribeToNewsletter: { subscribeToNewsletter: { message: receipt } } });

    await screen.findByRole('checkbox', { name: wording });
    expect(screen.queryByRole('textbox', { name: 'Website' })).not.toBeInTheDocument();
    const honeypot = document.querySelector('input[name="website"]') as HTMLInputElement;
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();

    await fill(user, honeypot, 'https://spam.example');
    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'robot@example.com');
    await user.click(screen.getByRole('checkbox', { name: wording }));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));

    // The receipt is the same neutral one: a robot learns nothing from it.
    expect(await screen.findByRole('heading', { name: receipt })).toBeInTheDocument();
    expect(sent()[0].variables.input).toMatchObject({ website: 'https://spam.example' });
  });

  it('shows a refused address under its field, and a rate limit kindly', async () => {
    let attempts = 0;
    const user = renderForm({
      SubscribeToNewsletter: () => {
        attempts += 1;
        return attempts === 1
          ? graphQLError('BAD_USER_INPUT', 'Invalid input', [{ field: 'input.email', message: 'is not a valid email address' }])
          : graphQLError('TOO_MANY_REQUESTS', 'Too many attempts from this address: try again in 10 minutes');
      },
    });

    await user.click(await screen.findByRole('checkbox', { name: wording }));
    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'priya@example');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText('Is not a valid email address')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAttribute('aria-invalid', 'true');

    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'priya@example.com');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText('Let’s pause for a moment')).toBeInTheDocument();
    expect(screen.getByText(/try again in 10 minutes/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('priya@example.com');
  });
});
