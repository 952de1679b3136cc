/**
 * The server's one guard when started with a token: every request must carry it, either as
 * `Authorization: Bearer <token>` (API clients) or as the session cookie a browser receives by
 * opening `/?token=<token>` once (a browser cannot add a header to the UI's own page and asset
 * requests). Hono's bearerAuth reads only the header, hence this small middleware. The cookie
 * holds an HMAC of the token, never the token: a cookie read from the browser's profile opens
 * the UI of this server, but gives no token to call the API with or to reuse elsewhere.
 */
import { createHmac } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { timingSafeEqual } from "hono/utils/buffer";

const COOKIE = "recoupe_session";
const SESSION_PURPOSE = "recoupe browser session v1";

export function tokenAuth(token: string): MiddlewareHandler {
  const session = sessionFor(token);
  return async (c, next) => {
    const header = c.req.header("Authorization");
    const bearer = header?.startsWith("Bearer ") ? header.slice("Bearer ".length) : undefined;
    const offered = c.req.query("token");
    // A token in the address wins over a stale cookie, so reopening /?token=… always works.
    const presented = bearer ?? offered;
    const cookie = presented === undefined ? getCookie(c, COOKIE) : undefined;
    const valid = presented !== undefined ? await timingSafeEqual(presented, token) : cookie !== undefined && (await timingSafeEqual(cookie, session));
    if (!valid) {
      c.header("WWW-Authenticate", 'Bearer realm="recoupe"');
      return c.json({ error: "unauthorized", message: "this server needs its token: Authorization: Bearer <token>, or open /?token=<token> in a browser." }, 401);
    }
    if (offered !== undefined && bearer === undefined) {
      // The token leaves the address bar (and the history) for a cookie scripts cannot read.
      setCookie(c, COOKIE, session, { httpOnly: true, sameSite: "Strict", path: "/" });
      return c.redirect(withoutToken(new URL(c.req.url)), 303);
    }
    return next();
  };
}

/** The browser session a token opens: the same for every start with that token, and no way back to it. */
function sessionFor(token: string): string {
  return createHmac("sha256", token).update(SESSION_PURPOSE).digest("base64url");
}

/**
 * Where to send the browser once the token is in the cookie: the same path and query less the
 * token, always on this server. A path like `//evil.example/` would be read as another host.
 */
function withoutToken(url: URL): string {
  url.searchParams.delete("token");
  const path = `/${url.pathname.replace(/^[/\\]+/u, "")}`;
  return `${path}${url.search}`;
}
