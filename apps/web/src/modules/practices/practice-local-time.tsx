import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { localTimeIn } from './practice-text';

/** "Based in Europe/London time", with the time there now, kept current while the page stays open. */
export function PracticeLocalTime({ timeZone }: { timeZone: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const localTime = localTimeIn(timeZone, now);

  return (
    <Text size="sm" c="dimmed">
      Based in {timeZone} time
      {localTime && <> · {localTime} there now</>}
    </Text>
  );
}
