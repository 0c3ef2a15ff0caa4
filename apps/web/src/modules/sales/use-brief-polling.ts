import { useEffect, useRef, useState } from 'react';

/**
 * Calls `refetch` every `everyMs` while `active`, at most `times` times: for news that Stripe's webhook brings a
 * moment after the person returns (a confirmed seat, a finished onboarding). `gaveUp` says the news is late.
 */
export function useBriefPolling(active: boolean, refetch: () => unknown, { everyMs = 2000, times = 15 } = {}): { gaveUp: boolean } {
  const [rounds, setRounds] = useState(0);
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  const polling = active && rounds < times;

  useEffect(() => {
    if (!polling) return;
    const timer = setTimeout(() => {
      setRounds((done) => done + 1);
      void latest.current();
    }, everyMs);
    return () => clearTimeout(timer);
  }, [polling, rounds, everyMs]);

  return { gaveUp: active && rounds >= times };
}
