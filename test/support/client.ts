import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export type Form = Record<string, string | string[]>;

const encodeForm = (form: Form): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) {
    for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
  }

  return params.toString();
};

/** Pulls the CSRF token out of a rendered page. */
export const csrfFrom = (html: string): string | undefined => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];

/**
 * A browser-like client over inject(): keeps cookies, adds the CSRF token to every form post, and
 * does not follow redirects (tests assert on them).
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  private token: string | undefined;

  constructor(
    readonly app: FastifyInstance,
    readonly headers: Record<string, string> = {},
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const gone = c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = csrfFrom(res.body);
    if (token) this.token = token;

    return res;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.keep(await this.app.inject({ method: 'GET', url, headers: { ...this.headers, cookie: this.cookieHeader(), ...headers } }));
  }

  /** Posts a urlencoded form. Adds a CSRF token (from the last page seen, or fetched from `/`). */
  async post(
    url: string,
    form: Form = {},
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    const body: Form = { ...form };
    if (options.csrf !== false && body._csrf === undefined) {
      if (!this.token) await this.get(this.tokenPage);
      if (this.token) body._csrf = this.token;
    }

    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { ...this.headers, cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
        payload: encodeForm(body),
      }),
    );
  }

  /** Raw request for odd cases (other content types, methods, huge bodies). */
  async raw(options: {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    url: string;
    payload?: string | Buffer;
    headers?: Record<string, string>;
  }) {
    return this.keep(await this.app.inject({ ...options, headers: { ...this.headers, cookie: this.cookieHeader(), ...options.headers } }));
  }

  /** A page that always renders a CSRF token on this surface. */
  tokenPage = '/inloggen';
}
