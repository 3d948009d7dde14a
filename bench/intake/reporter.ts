/**
 * A reporter without JavaScript, as a bench sees it: keeps cookies, carries the CSRF token, walks the
 * report form page by page over real HTTP and returns the receipt the server shows once.
 */
import { receiptText } from '../../src/modules/intake/views/receipt-code.tsx';
export const ANSWERS: [string, Record<string, string>][] = [
  ['wie', { reporterKind: 'bystander' }],
  ['gevaar', { dangerNow: 'no' }],
  ['wat', { whatHappened: 'Bench: meisje van ongeveer 15 wordt elke avond bij het station opgehaald door een oudere man.', signals: 'relations' }],
  ['betrokkenen', { victimAgeEstimate: '12_15', victimGender: 'girl', victimPlace: 'Voorbeeldstad' }],
  ['online', { phones: '06-12345678', handles: 'snapchat: bench_test' }],
  ['waar-wanneer', { place: 'Station Voorbeeldstad', when: 'Elke avond' }],
  ['contact', { anonymous: 'yes' }],
  ['toestemming', { consentPolice: 'yes', consentCare: 'yes', consentZvh: 'no' }],
];

export class Reporter {
  private cookies = new Map<string, string>();
  private token = '';

  /** `base` may be a function: each request then goes where it says (a load balancer in a bench). */
  constructor(private readonly base: string | (() => string)) {}

  private async send(method: 'GET' | 'POST', path: string, form?: Record<string, string>): Promise<{ status: number; body: string; location: string | null }> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    let body: string | undefined;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams({ ...form, _csrf: this.token }).toString();
    }
    const base = typeof this.base === 'string' ? this.base : this.base();
    const res = await fetch(`${base}${path}`, { method, headers, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.token = token;

    return { status: res.status, body: text, location: res.headers.get('location') };
  }

  get = (path: string) => this.send('GET', path);
  post = (path: string, form: Record<string, string> = {}) => this.send('POST', path, form);

  /** The whole form; `submitMs` is the time from pressing "send" until the receipt is on screen. */
  async report(): Promise<{ receipt: string; submitMs: number; totalMs: number }> {
    const started = performance.now();
    await this.get('/melden');
    const start = await this.post('/melden/start');
    if (start.status !== 303) throw new Error(`start ${start.status}`);
    for (const [slug, form] of ANSWERS) {
      const res = await this.post(`/melden/${slug}`, form);
      if (res.status !== 303) throw new Error(`${slug} ${res.status}`);
    }
    const pressed = performance.now();
    const sent = await this.post('/melden/versturen');
    if (sent.location !== '/melden/ontvangen') throw new Error(`submit ${sent.status}`);
    const page = await this.get('/melden/ontvangen');
    // The page's own reader: the code is shown in groups of marked-up digits.
    const receipt = receiptText(page.body);
    if (!receipt) throw new Error('no receipt on the page');
    const done = performance.now();

    return { receipt, submitMs: done - pressed, totalMs: done - started };
  }
}

export const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);

  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
