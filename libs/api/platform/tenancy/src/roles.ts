/** What a person may do in one practice. */
export const ROLES = ['OWNER', 'ADMIN', 'COACH', 'CLIENT'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
