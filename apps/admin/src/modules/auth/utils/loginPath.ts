/** /login with where to come back to; `expired` tells the form to say why the user is here. */
export function loginPath(returnTo: string, expired = false): string {
  const params = new URLSearchParams();
  if (returnTo && returnTo !== '/' && !returnTo.startsWith('/login')) params.set('redirect', returnTo);
  if (expired) params.set('expired', '1');
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

/** Only same-app paths are followed after login (no open redirect to another site). */
export function safeReturnPath(redirect: string | null): string {
  return redirect && redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/';
}
