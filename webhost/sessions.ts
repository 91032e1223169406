import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who may use the web host: the browser that opened the one-time address the host printed.
 *
 * - A launch secret (printed in the address) is good for ONE page load; printing a new one
 *   retires any unused older one, so an address left in a terminal's scroll-back stops working.
 * - Its load opens a session: an id for an HttpOnly SameSite=Strict cookie, and a CSRF secret
 *   the host hands over in that one response only. Every API call needs both.
 *
 * Sessions live as long as the host runs; a new run knows none of them.
 */
export interface WebSession {
  id: string;
  csrf: string;
}

export interface WebSessions {
  /** A fresh launch secret; any earlier one not used yet stops working. */
  newLaunch(): string;
  /** The session a launch secret opens, once; null for a used, retired or made-up one. */
  redeem(launch: string): WebSession | null;
  /** The session one of these cookie values names (a page may carry other ports' cookies of the same name). */
  find(ids: readonly string[]): WebSession | null;
  /** Whether `csrf` is the session's CSRF secret, compared in constant time. */
  csrfMatches(session: WebSession, csrf: string | undefined): boolean;
}

const secret = () => randomBytes(32).toString('base64url');

/** Constant time, so a secret cannot be guessed a character at a time. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createWebSessions(newSecret: () => string = secret): WebSessions {
  let pendingLaunch: string | null = null;
  const sessions: WebSession[] = [];
  return {
    newLaunch() {
      pendingLaunch = newSecret();
      return pendingLaunch;
    },
    redeem(launch) {
      if (pendingLaunch === null || !sameSecret(launch, pendingLaunch)) return null;
      pendingLaunch = null;
      const session = { id: newSecret(), csrf: newSecret() };
      sessions.push(session);
      return session;
    },
    find(ids) {
      for (const id of ids) {
        const found = sessions.find((s) => sameSecret(id, s.id));
        if (found) return found;
      }
      return null;
    },
    csrfMatches: (session, csrf) => sameSecret(csrf, session.csrf),
  };
}

/** Every value of the cookie `name` in a Cookie header (there may be several: cookies ignore the port). */
export function cookieValues(header: string | string[] | undefined, name: string): string[] {
  if (typeof header !== 'string') return [];
  return header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1));
}

/** The session cookie: script cannot read it, no other site's request carries it, the host's run ends it. */
export function sessionCookie(name: string, id: string): string {
  return `${name}=${id}; Path=/; HttpOnly; SameSite=Strict`;
}
