import type { ClientStatus } from '@ascend/web/data-access';

export { statusLabels } from '../coaching/coaching-labels';

export const statusColors: Record<ClientStatus, string> = { LEAD: 'grape', ACTIVE: 'teal', PAUSED: 'yellow', ALUMNI: 'gray' };

/** ISO days, 1 = Monday. */
export const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const dayOptions = dayNames.map((name, i) => ({ value: String(i + 1), label: name }));
