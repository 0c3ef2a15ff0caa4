import type { FunnelFigures } from './funnel.models';

export interface FunnelCounts {
  registered: number;
  waitlisted: number;
  confirmed: number;
  /** Confirmed seats of masterclasses that have taken place: what attendance is out of. */
  confirmed_held: number;
  attended: number;
  became_clients: number;
}

export function funnelFigures(counts: FunnelCounts): FunnelFigures {
  return {
    registered: counts.registered,
    waitlisted: counts.waitlisted,
    confirmed: counts.confirmed,
    attended: counts.attended,
    attendanceRate: counts.confirmed_held ? Math.round((counts.attended / counts.confirmed_held) * 1000) / 1000 : null,
    becameClients: counts.became_clients,
  };
}

export function addCounts(rows: FunnelCounts[]): FunnelCounts {
  const total: FunnelCounts = { registered: 0, waitlisted: 0, confirmed: 0, confirmed_held: 0, attended: 0, became_clients: 0 };
  for (const row of rows) for (const key of Object.keys(total) as (keyof FunnelCounts)[]) total[key] += row[key];
  return total;
}

/** A period the report can cover: from before to, at most about two years. */
export function periodProblem(from: Date, to: Date): string | undefined {
  if (to.getTime() <= from.getTime()) return 'must be after from';
  if (to.getTime() - from.getTime() > 800 * 86_400_000) return 'must be at most about two years after from';
  return undefined;
}
