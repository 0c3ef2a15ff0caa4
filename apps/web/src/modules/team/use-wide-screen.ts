import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the screen is wide enough for a table (Mantine's `sm` and up); phones get cards instead. Read at once,
 * so a phone never shows the table for a moment first.
 */
export function useWideScreen(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
}
