import { Group, Stack, Table, Text } from '@mantine/core';
import { formatDay } from '@ascend/web/ui';

export interface ProgressPoint {
  weekStart: string;
  progress?: number | null;
  energy?: number | null;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 32, right: 32, top: 12, bottom: 28 };
const WEEK_MS = 7 * 86_400_000;

const PROGRESS_COLOR = 'var(--mantine-color-teal-7)';
const ENERGY_COLOR = 'var(--mantine-color-orange-6)';

/** "Progress went from 3 to 7 over 12 check-ins (22 Sep 2026 to 24 Nov 2026); energy from 2 to 4." */
export function progressSummary(points: readonly ProgressPoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 'No check-ins yet.';
  const count = points.length === 1 ? '1 check-in' : `${points.length} check-ins`;
  return (
    `Progress went from ${first.progress} to ${last.progress} out of 10 over ${count} ` +
    `(weeks of ${formatDay(first.weekStart)} to ${formatDay(last.weekStart)}); energy from ${first.energy} to ${last.energy} out of 5.`
  );
}

/**
 * Progress (0-10, left scale) and energy (1-5, right scale) by week, drawn by hand in SVG: the x position is the
 * week's date, so missed weeks leave room. The figures are also in words and in a table below.
 */
export function ProgressChart({ points }: { points: readonly ProgressPoint[] }) {
  const times = points.map((p) => Date.parse(`${p.weekStart}T00:00:00Z`));
  const start = times[0] ?? 0;
  const span = Math.max(WEEK_MS, (times[times.length - 1] ?? 0) - start);
  const x = (time: number) => PAD.left + ((time - start) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number, max: number) => PAD.top + (1 - value / max) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (value: (p: ProgressPoint) => number | null | undefined, max: number) =>
    points.flatMap((p, i) => {
      const v = value(p);
      return v == null ? [] : [`${x(times[i])},${y(v, max)}`];
    });

  return (
    <Stack gap="xs">
      <Text size="sm">{progressSummary(points)}</Text>
      {points.length > 0 && (
        <>
          <svg role="img" aria-label="Progress and energy over time" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH }}>
            {[0, 2, 4, 6, 8, 10].map((tick) => (
              <g key={tick}>
                <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick, 10)} y2={y(tick, 10)} stroke="var(--mantine-color-gray-3)" />
                <text x={PAD.left - 6} y={y(tick, 10) + 4} textAnchor="end" fontSize={11} fill={PROGRESS_COLOR}>
                  {tick}
                </text>
                <text x={WIDTH - PAD.right + 6} y={y(tick / 2, 5) + 4} fontSize={11} fill={ENERGY_COLOR}>
                  {tick / 2}
                </text>
              </g>
            ))}
            <text x={PAD.left} y={HEIGHT - 6} fontSize={11} fill="var(--mantine-color-gray-7)">
              {formatDay(points[0].weekStart)}
            </text>
            <text x={WIDTH - PAD.right} y={HEIGHT - 6} fontSize={11} textAnchor="end" fill="var(--mantine-color-gray-7)">
              {formatDay(points[points.length - 1].weekStart)}
            </text>
            <polyline points={line((p) => p.energy, 5).join(' ')} fill="none" stroke={ENERGY_COLOR} strokeWidth={2} strokeDasharray="5 3" />
            <polyline points={line((p) => p.progress, 10).join(' ')} fill="none" stroke={PROGRESS_COLOR} strokeWidth={2.5} />
            {line((p) => p.progress, 10).map((point) => {
              const [cx, cy] = point.split(',');
              return <circle key={point} cx={cx} cy={cy} r={3} fill={PROGRESS_COLOR} />;
            })}
          </svg>
          <Group gap="md">
            <Text size="xs" c={PROGRESS_COLOR}>
              ── Progress (0-10, left)
            </Text>
            <Text size="xs" c={ENERGY_COLOR}>
              - - Energy (1-5, right)
            </Text>
          </Group>
          <details>
            <summary>
              <Text span size="sm">
                Show the figures
              </Text>
            </summary>
            <Table mt="xs" maw={420} aria-label="Progress and energy by week">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Week of</Table.Th>
                  <Table.Th>Progress</Table.Th>
                  <Table.Th>Energy</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((p) => (
                  <Table.Tr key={p.weekStart}>
                    <Table.Td>{formatDay(p.weekStart)}</Table.Td>
                    <Table.Td>{p.progress ?? '–'}</Table.Td>
                    <Table.Td>{p.energy ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </details>
        </>
      )}
    </Stack>
  );
}
