import type { IncomingMessage } from 'node:http';
import type { Route } from '../http/server.ts';
import { sendJson } from './http-io.ts';

/** The host name of a Host header (`localhost:3978` → `localhost`, `[::1]:3978` → `::1`). */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']') === -1 ? undefined : value.indexOf(']'));
  const colon = value.lastIndexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}

/** True for a name only this computer answers to. */
function loopbackName(name: string): boolean {
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    name.startsWith('127.') ||
    name === '::ffff:127.0.0.1'
  );
}

/**
 * Why a request to the playground is refused, or undefined to serve it. The playground has no
 * sign-in, so whoever can make the browser send it requests can act as anyone:
 *
 * - DNS rebinding: a page at `evil.example` whose name is made to resolve to 127.0.0.1 reaches the
 *   playground as the same origin, but its requests say `Host: evil.example`. Served on a loopback
 *   interface, the playground answers only to loopback names (localhost, 127.x, [::1]).
 * - Cross-site requests: a page elsewhere can make the browser POST to it (a form, a `no-cors`
 *   fetch); the browser then names that page in `Origin`. Anything but a read must come from the
 *   playground's own origin (or, as from curl and tests, with no Origin at all).
 */
export function refusal(req: IncomingMessage, servedOnLoopback: boolean): string | undefined {
  const host = req.headers.host;
  if (servedOnLoopback && (!host || !loopbackName(hostName(host)))) {
    return `The playground answers only at localhost (it has no sign-in): open http://localhost${host?.includes(':') ? `:${host.split(':').pop()}` : ''}/ instead of ${host ?? 'a page with no Host'}.`;
  }
  const origin = req.headers.origin;
  const reads = req.method === 'GET' || req.method === 'HEAD';
  if (!reads && origin !== undefined && origin !== `http://${host}`) {
    return `Refused a ${req.method} from another site (${origin}): the playground acts only on requests from its own pages.`;
  }
  return undefined;
}

/** The routes, each refusing what `refusal` refuses with 403 before it is handled. */
export function guardRoutes(routes: readonly Route[], servedOnLoopback: boolean): Route[] {
  return routes.map((route) => ({
    ...route,
    handle: (req, res) => {
      const why = refusal(req, servedOnLoopback);
      if (why) return sendJson(res, 403, { error: { code: 'playground_forbidden', message: why } });
      return route.handle(req, res);
    },
  }));
}
