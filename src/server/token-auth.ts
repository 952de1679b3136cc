/**
 * The server's one guard when started with a token: every request must carry it, either as
 * `Authorization: Bearer <token>` (API clients) or as the session cookie a browser receives by
 * opening `/?token=<token>` once (a browser cannot add a header to the UI's own page and asset
 * requests). Hono's bearerAuth reads only the header, hence this small middleware.
 */
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { timingSafeEqual } from "hono/utils/buffer";

const COOKIE = "recoupe_token";

export function tokenAuth(token: string): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header("Authorization");
    const bearer = header?.startsWith("Bearer ") ? header.slice("Bearer ".length) : undefined;
    const offered = c.req.query("token");
    // A token in the address wins over a stale cookie, so reopening /?token=… always works.
    const presented = bearer ?? offered ?? getCookie(c, COOKIE);
    if (presented === undefined || !(await timingSafeEqual(presented, token))) {
      c.header("WWW-Authenticate", 'Bearer realm="recoupe"');
      return c.json({ error: "unauthorized", message: "this server needs its token: Authorization: Bearer <token>, or open /?token=<token> in a browser." }, 401);
    }
    if (offered !== undefined && bearer === undefined) {
      // The token leaves the address bar (and the history) for a cookie scripts cannot read.
      setCookie(c, COOKIE, token, { httpOnly: true, sameSite: "Strict", path: "/" });
      return c.redirect(c.req.path, 303);
    }
    return next();
  };
}
