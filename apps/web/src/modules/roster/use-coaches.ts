import { useTeam } from '../team/use-team';

/** Who can coach a client: the practice's owners, admins and coaches, by name. */
export function useCoaches() {
  const team = useTeam();
  const coaches = (team.data ?? []).filter((m) => m.role !== 'CLIENT').map((m) => ({ value: m.userId, label: m.name }));
  return { coaches, isPending: team.isPending };
}
