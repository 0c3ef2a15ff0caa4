/** One value per week, null for a week without a check-in. */
export interface SparklineProps {
  values: readonly (number | null)[];
  /** The top of the scale (progress: 10). */
  max: number;
  label: string;
  width?: number;
  height?: number;
}

/** Runs of consecutive known values, so a missed week shows as a gap rather than a line across it. */
function runs(values: readonly (number | null)[]): { index: number; value: number }[][] {
  const found: { index: number; value: number }[][] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const last = found[found.length - 1];
    if (last && last[last.length - 1].index === index - 1) last.push({ index, value });
    else found.push([{ index, value }]);
  });
  return found;
}

/** A small hand-drawn line of the weeks' values; the label says in words what it shows. */
export function Sparkline({ values, max, label, width = 120, height = 32 }: SparklineProps) {
  const pad = 3;
  const x = (index: number) => pad + (index * (width - 2 * pad)) / Math.max(1, values.length - 1);
  const y = (value: number) => height - pad - (value / max) * (height - 2 * pad);
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <line x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} stroke="var(--mantine-color-gray-3)" strokeWidth={1} />
      {runs(values).map((run) =>
        run.length > 1 ? (
          <polyline
            key={run[0].index}
            points={run.map((p) => `${x(p.index)},${y(p.value)}`).join(' ')}
            fill="none"
            stroke="var(--mantine-color-teal-6)"
            strokeWidth={1.75}
            strokeLinejoin="round"
          />
        ) : (
          <circle key={run[0].index} cx={x(run[0].index)} cy={y(run[0].value)} r={1.75} fill="var(--mantine-color-teal-6)" />
        ),
      )}
    </svg>
  );
}

/** "Progress over the last 12 weeks: 5, 6, no check-in, 7". */
export function valuesInWords(what: string, values: readonly (number | null)[]): string {
  if (values.every((value) => value === null)) return `${what}: no check-ins yet`;
  return `${what}: ${values.map((value) => (value === null ? 'no check-in' : String(value))).join(', ')}`;
}
