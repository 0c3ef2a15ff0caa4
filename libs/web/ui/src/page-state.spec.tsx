import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageState, type PageStateProps } from './page-state';

function renderState(props: PageStateProps) {
  return render(
    <MantineProvider>
      <PageState {...props} />
    </MantineProvider>,
  );
}

describe('PageState', () => {
  it('announces loading with its label', () => {
    renderState({ kind: 'loading', label: 'Loading the practice' });
    expect(screen.getByRole('status', { name: 'Loading the practice' })).toBeInTheDocument();
  });

  it('shows an error with its message and retries on request', async () => {
    const onRetry = jest.fn();
    renderState({ kind: 'error', title: 'Could not load', error: new Error('Server down'), onRetry });

    expect(screen.getByRole('alert')).toHaveTextContent('Could not load');
    expect(screen.getByRole('alert')).toHaveTextContent('Server down');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('titles an empty state as the page heading', () => {
    renderState({ kind: 'empty', title: 'Nothing here', description: 'Try another address.' });
    expect(screen.getByRole('heading', { level: 1, name: 'Nothing here' })).toBeInTheDocument();
    expect(screen.getByText('Try another address.')).toBeInTheDocument();
  });
});
