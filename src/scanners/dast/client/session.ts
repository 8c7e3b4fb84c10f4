import { errorMessage } from '../../../core/errors.js';
import { parseHtml } from '../crawler/html.js';
import type { HttpExchange, HttpRequestSpec } from '../types.js';
import type { CookieJar } from './cookie-jar.js';
import type { LoginRecipe } from './options.js';

/** Re-logins allowed in one scan: a login that keeps dropping is a recipe that does not work. */
const MAX_RELOGINS = 10;

export interface Session {
  login(): Promise<void>;
  /** Sends a request; when the answer shows the session dropped, logs in again and retries once. */
  sendWithSession(request: HttpRequestSpec, signal?: AbortSignal): Promise<HttpExchange>;
}

interface SessionDeps {
  sendOnce(request: HttpRequestSpec, signal?: AbortSignal): Promise<HttpExchange>;
  jar: CookieJar;
  problems: string[];
  observe?: (exchange: HttpExchange) => void;
}

export function createSession(recipe: LoginRecipe | undefined, deps: SessionDeps): Session {
  if (!recipe) return { login: async () => undefined, sendWithSession: (r, s) => deps.sendOnce(r, s) };
  const loginPath = new URL(recipe.url).pathname;
  let loggedIn = false;
  let relogins = 0;
  let inFlight: Promise<void> | undefined;

  const login = (): Promise<void> => {
    inFlight ??= logIn(recipe, deps)
      .then((ok) => {
        loggedIn = ok;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  return {
    login,
    async sendWithSession(request, signal) {
      const exchange = await deps.sendOnce(request, signal);
      if (!loggedIn || new URL(request.url).pathname === loginPath || !sessionDropped(exchange, recipe, loginPath)) return exchange;
      if (relogins >= MAX_RELOGINS) return exchange;
      relogins++;
      await login();
      return loggedIn ? deps.sendOnce(request, signal) : exchange;
    },
  };
}

/** The login form's hidden fields (CSRF tokens) first, then the recipe's fields. Returns whether it worked. */
async function logIn(recipe: LoginRecipe, deps: SessionDeps): Promise<boolean> {
  try {
    const fields = { ...(await hiddenFields(recipe, deps)), ...recipe.fields };
    const body = new URLSearchParams(fields).toString();
    const exchange =
      recipe.method === 'GET'
        ? await deps.sendOnce({ method: 'GET', url: withQuery(recipe.url, body) })
        : await deps.sendOnce({ method: 'POST', url: recipe.url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    deps.observe?.(exchange);
    const { status } = exchange.response;
    const ok = status < 400 && !sessionDropped(exchange, recipe, new URL(recipe.url).pathname) && (status >= 300 || !recipe.loggedIn || recipe.loggedIn.test(exchange.response.body));
    if (!ok) deps.problems.push(`login at ${recipe.url} did not succeed (HTTP ${status}); check dast.auth.login fields and loggedIn/loggedOut`);
    return ok;
  } catch (err) {
    deps.problems.push(`login at ${recipe.url} failed: ${errorMessage(err)}`);
    return false;
  }
}

async function hiddenFields(recipe: LoginRecipe, deps: SessionDeps): Promise<Record<string, string>> {
  const page = await deps.sendOnce({ method: 'GET', url: recipe.url });
  deps.observe?.(page);
  if (page.response.status >= 400) return {};
  const loginPath = new URL(recipe.url).pathname;
  const form = parseHtml(page.response.body, recipe.url).forms.find((f) => new URL(f.action).pathname === loginPath);
  return Object.fromEntries((form?.fields ?? []).filter((f) => f.type === 'hidden').map((f) => [f.name, f.value]));
}

/** A redirect to the login page, or a body the recipe says is the logged-out page. */
function sessionDropped(exchange: HttpExchange, recipe: LoginRecipe, loginPath: string): boolean {
  const { status, headers, body } = exchange.response;
  if (status >= 300 && status < 400 && headers.location) {
    try {
      if (new URL(headers.location, exchange.request.url).pathname === loginPath) return true;
    } catch {
      return false;
    }
  }
  return recipe.loggedOut !== undefined && status < 300 && recipe.loggedOut.test(body);
}

function withQuery(url: string, query: string): string {
  const u = new URL(url);
  u.search = query;
  return u.href;
}
