import { screen } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';

const ridgeline = {
  id: 'b7a1c3c0-0000-4000-8000-000000000001',
  slug: 'ridgeline',
  name: 'Ridgeline Leadership Coaching',
  tagline: 'From fixing everything to leading.',
  coachName: 'Maren Okafor',
  coachBio: 'Maren coaches senior leaders.',
  timeZone: 'Europe/London',
};

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

async function fillApplication(user: ReturnType<typeof renderRoute>['user']) {
  await fill(user, await screen.findByRole('textbox', { name: /^Name/ }), 'Priya Raman');
  await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'priya@example.com');
  await fill(user, screen.getByRole('textbox', { name: 'Your role' }), 'Head of Data');
  await fill(user, screen.getByRole('textbox', { name: 'What do you want to change?' }), 'I fix everything myself.');
  await fill(user, screen.getByRole('textbox', { name: 'When is a good time to reach you?' }), 'Mornings');
}

describe('the application form', () => {
  it('sends the application with consent, and thanks the applicant', async () => {
    answerOperations(fetchStub, { PublicPractice: { practice: ridgeline }, ApplyToWorkWith: { applyToWorkWith: true } });
    const { user } = renderRoute('/p/ridgeline/apply');

    expect(await screen.findByRole('heading', { level: 1, name: 'Work with Maren Okafor' })).toBeInTheDocument();
    await fillApplication(user);
    await user.click(screen.getByRole('checkbox', { name: /I agree that Ridgeline Leadership Coaching may contact me.*No spam.*never sold/ }));
    await user.click(screen.getByRole('button', { name: 'Send my application' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you, Priya Raman' })).toBeInTheDocument();
    expect(screen.getByText(/reply to priya@example.com/)).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'ApplyToWorkWith')?.variables).toEqual({
      input: {
        practiceSlug: 'ridgeline',
        name: 'Priya Raman',
        email: 'priya@example.com',
        jobTitle: 'Head of Data',
        wantsToChange: 'I fix everything myself.',
        preferredContactTime: 'Mornings',
        consent: true,
        website: '',
      },
    });
  });

  it('asks for consent before sending anything', async () => {
    answerOperations(fetchStub, { PublicPractice: { practice: ridgeline } });
    const { user } = renderRoute('/p/ridgeline/apply');

    await fillApplication(user);
    await user.click(screen.getByRole('button', { name: 'Send my application' }));

    expect(await screen.findByText('Please agree, so the coach may contact you')).toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['PublicPractice']);
  });

  it('keeps the honeypot away from people: hidden from assistive technology, out of the tab order, no autofill', async () => {
    answerOperations(fetchStub, { PublicPractice: { practice: ridgeline } });
    renderRoute('/p/ridgeline/apply');

    await screen.findByRole('heading', { level: 1, name: 'Work with Maren Okafor' });
    expect(screen.queryByRole('textbox', { name: 'Website' })).not.toBeInTheDocument();
    const honeypot = document.getElementById('apply-website') as HTMLInputElement;
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('shows what the API refused under its field', async () => {
    answerOperations(fetchStub, {
      PublicPractice: { practice: ridgeline },
      ApplyToWorkWith: () => graphQLError('BAD_USER_INPUT', 'Invalid input: input.email must be an email address', [{ field: 'input.email', message: 'must be an email address' }]),
    });
    const { user } = renderRoute('/p/ridgeline/apply');

    await fillApplication(user);
    await user.click(screen.getByRole('checkbox', { name: /I agree/ }));
    await user.click(screen.getByRole('button', { name: 'Send my application' }));

    expect(await screen.findByText('Must be an email address')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('Priya Raman');
  });
});
