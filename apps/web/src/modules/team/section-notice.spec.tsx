import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { NOTICE_LIFETIME_MS, SectionNotice, useNotice } from './section-notice';

function Section() {
  const notices = useNotice();
  return (
    <>
      <button onClick={() => notices.succeeded({ title: 'Role changed', message: 'Tom Reyes is now an admin.' })}>Change</button>
      <button onClick={() => notices.failed(new Error('A practice keeps at least one owner'))}>Fail</button>
      <SectionNotice notices={notices} />
    </>
  );
}

beforeEach(() => {
  jest.useFakeTimers();
  render(
    <MantineProvider>
      <Section />
    </MantineProvider>,
  );
});

afterEach(() => jest.useRealTimers());

const wait = (ms: number) => act(() => jest.advanceTimersByTime(ms));

describe('a section notice', () => {
  it('speaks in a status region that is there before any message', () => {
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    expect(screen.getByRole('status')).toHaveTextContent('Role changedTom Reyes is now an admin.');
  });

  it('clears itself after a few seconds', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    wait(NOTICE_LIFETIME_MS - 1);
    expect(screen.getByText('Tom Reyes is now an admin.')).toBeInTheDocument();
    wait(1);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('is replaced by the next one, which gets its full time', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    wait(NOTICE_LIFETIME_MS - 1000);
    fireEvent.click(screen.getByRole('button', { name: 'Fail' }));
    expect(screen.queryByText('Tom Reyes is now an admin.')).not.toBeInTheDocument();
    expect(screen.getByText('That change was not made')).toBeInTheDocument();
    expect(screen.getByText('A practice keeps at least one owner')).toBeInTheDocument();
    wait(NOTICE_LIFETIME_MS - 1);
    expect(screen.getByText('A practice keeps at least one owner')).toBeInTheDocument();
    wait(1);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('waits while the pointer is on it, and can be closed', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    fireEvent.mouseEnter(screen.getByRole('status'));
    wait(NOTICE_LIFETIME_MS * 2);
    expect(screen.getByText('Tom Reyes is now an admin.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Close this message' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
