/**
 * What keeps web pages the user visits away from a server on their own machine. A page can
 * make the browser send requests to 127.0.0.1, and a name it controls can be made to resolve
 * there (DNS rebinding): so without a token the server answers only to its own names, and it
 * never lets a page of another site change anything (CSRF). Clients that are not browsers
 * (curl, scripts) send neither Origin nor Sec-Fetch-Site and pass.
 */
import type { HttpBindings } from "@hono/node-server";
import type { Context, MiddlewareHandler } from "hono";

const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Sec-Fetch-Site values of a request made by the server's own pages or typed by the user. */
const OWN_SITE = new Set(["same-origin", "none"]);

/** Requests must name the server by a loopback name or the address it was started on, with the port it listens on. */
export function ownHostOnly(configuredHost?: string): MiddlewareHandler {
  const names = new Set([...LOOPBACK_NAMES, ...(configuredHost ? [asHostName(configuredHost)] : [])]);
  return async (c, next) => {
    const url = new URL(c.req.url);
    const port = url.port === "" ? undefined : Number(url.port);
    const listening = localPort(c);
    if (!names.has(url.hostname.toLowerCase()) || (port !== undefined && listening !== undefined && port !== listening)) {
      const own = [...names].map((name) => (listening === undefined ? name : `${name}:${listening}`)).join(", ");
      return c.json({ error: "forbidden", message: `this server answers only to ${own}, not to ${url.host} (a guard against DNS rebinding); open it by one of those, or start it with --token to serve other names.` }, 403);
    }
    return next();
  };
}

/** State-changing requests must come from the server's own pages (or from a client that is not a browser). */
export function sameOriginChanges(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    const crossSite = site !== undefined ? !OWN_SITE.has(site) : origin !== undefined && origin !== new URL(c.req.url).origin;
    if (crossSite) return c.json({ error: "forbidden", message: `${c.req.method} ${c.req.path} refused: it came from another site (${origin ?? site}); use the server's own pages, or a client such as curl.` }, 403);
    return next();
  };
}

/** "::1" → "[::1]", as a URL's hostname writes it. */
function asHostName(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host.toLowerCase()}]` : host.toLowerCase();
}

/** The port the connection came in on, when served by @hono/node-server (not in app.request() tests). */
function localPort(c: Context): number | undefined {
  return (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket?.localPort;
}
