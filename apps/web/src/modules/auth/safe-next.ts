/** Where to go after signing in: a path inside this app only, never another site (`//evil.example`, `/\evil`). */
export function safeNext(next: string | null, fallback = '/app'): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}

export function signInPath(next: string): string {
  return `/sign-in?${new URLSearchParams({ next })}`;
}
