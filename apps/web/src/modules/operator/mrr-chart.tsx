import { formatMonth, formatMonthName, formatRevenue } from './operator-format';

export interface MrrChartPoint {
  month: string;
  mrrCents: number;
}

const WIDTH = 600;
const HEIGHT = 200;
const AXIS = 20;
const TOP = 18;
const GAP = 8;

/** "MRR over the last 12 months: Dec 2025 $0, …, Nov 2026 $2,450": what the bars show, for screen readers. */
export function mrrInWords(points: readonly MrrChartPoint[]): string {
  return `Monthly recurring revenue over the last ${points.length} months: ${points.map((p) => `${formatMonth(p.month)} ${formatRevenue(p.mrrCents)}`).join(', ')}`;
}

/**
 * A small hand-drawn bar chart of MRR by month (no chart library): one bar per month, the month under it, the
 * highest month's figure as the scale. It scales with its container, so it fits a phone.
 */
export function MrrChart({ points }: { points: readonly MrrChartPoint[] }) {
  const highest = Math.max(0, ...points.map((p) => p.mrrCents));
  const slot = WIDTH / Math.max(1, points.length);
  const plot = HEIGHT - AXIS - TOP;
  const barHeight = (cents: number) => (highest === 0 ? 0 : Math.max(cents > 0 ? 2 : 0, (cents / highest) * plot));

  return (
    <svg role="img" aria-label={mrrInWords(points)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH, display: 'block' }}>
      <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="var(--mantine-color-gray-4)" strokeWidth={1} />
      {highest > 0 && (
        <text x={0} y={12} fontSize={12} fill="var(--mantine-color-gray-7)">
          {formatRevenue(highest)}
        </text>
      )}
      {points.map((point, index) => {
        const height = barHeight(point.mrrCents);
        const x = index * slot + GAP / 2;
        return (
          <g key={point.month}>
            <rect x={x} y={HEIGHT - AXIS - height} width={slot - GAP} height={height} rx={2} fill="var(--mantine-color-teal-6)">
              <title>{`${formatMonth(point.month)}: ${formatRevenue(point.mrrCents)}`}</title>
            </rect>
            <text x={x + (slot - GAP) / 2} y={HEIGHT - 6} fontSize={11} textAnchor="middle" fill="var(--mantine-color-gray-7)">
              {formatMonthName(point.month)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
