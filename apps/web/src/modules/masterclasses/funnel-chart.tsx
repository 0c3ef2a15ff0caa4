import { Group, Stack, Text } from '@mantine/core';
import type { FunnelRow } from './use-funnel';

const SERIES = [
  { key: 'registered', label: 'Registered', color: 'var(--mantine-color-blue-6)' },
  { key: 'attended', label: 'Attended', color: 'var(--mantine-color-teal-7)' },
  { key: 'becameClients', label: 'Became clients', color: 'var(--mantine-color-orange-7)' },
] as const;

const ROW_HEIGHT = 54;
const BAR_HEIGHT = 12;
const LABEL_WIDTH = 200;
const WIDTH = 720;
const PAD_RIGHT = 40;

function shorten(title: string, max = 28): string {
  return title.length > max ? `${title.slice(0, max - 1)}…` : title;
}

/** "Leading without fixing: 42 registered, 30 attended, 3 became clients. …" */
export function funnelInWords(rows: readonly FunnelRow[]): string {
  if (!rows.length) return 'No masterclass in this period.';
  return rows.map((row) => `${row.title}: ${row.figures.registered} registered, ${row.figures.attended} attended, ${row.figures.becameClients} became clients.`).join(' ');
}

/**
 * Registered, attended and became clients per masterclass, as grouped horizontal bars drawn in SVG on one scale.
 * The figures are also in words (funnelInWords) and in a table, for those who cannot see the drawing.
 */
export function FunnelChart({ rows }: { rows: readonly FunnelRow[] }) {
  const max = Math.max(1, ...rows.map((row) => row.figures.registered));
  const barWidth = (value: number) => (value / max) * (WIDTH - LABEL_WIDTH - PAD_RIGHT);
  const height = rows.length * ROW_HEIGHT + 8;

  return (
    <Stack gap="xs">
      <svg role="img" aria-label="Bar chart: registered, attended and became clients per masterclass" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH }}>
        {rows.map((row, i) => {
          const top = i * ROW_HEIGHT + 4;
          return (
            <g key={row.masterclassId}>
              <text x={0} y={top + ROW_HEIGHT / 2} fontSize={12} dominantBaseline="middle" fill="var(--mantine-color-gray-8)">
                {shorten(row.title)}
              </text>
              {SERIES.map((series, s) => {
                const value = row.figures[series.key];
                const y = top + s * (BAR_HEIGHT + 3) + 3;
                return (
                  <g key={series.key}>
                    <rect x={LABEL_WIDTH} y={y} width={barWidth(value)} height={BAR_HEIGHT} fill={series.color} rx={2} />
                    <text x={LABEL_WIDTH + barWidth(value) + 4} y={y + BAR_HEIGHT / 2} fontSize={11} dominantBaseline="middle" fill="var(--mantine-color-gray-8)">
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <Group gap="md" aria-hidden>
        {SERIES.map((series) => (
          <Group key={series.key} gap={6}>
            <svg width={12} height={12}>
              <rect width={12} height={12} rx={2} fill={series.color} />
            </svg>
            <Text size="xs">{series.label}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
