import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdSite, type AdSite } from './ad-site.ts';
import { generateCorpus } from './generate-corpus.ts';

describe('fictitious ad site and corpus', () => {
  const ads = generateCorpus({ seed: 7, operators: 6, singles: 10, edits: 2, insertion: true });
  let site: AdSite;
  beforeAll(async () => {
    site = await startAdSite({ ads, pageSize: 10, hostile: true });
  });
  afterAll(() => site.close());

  it('is the same for the same seed and ships ground truth per ad', () => {
    const again = generateCorpus({ seed: 7, operators: 6, singles: 10, edits: 2, insertion: true });
    expect(again.map((a) => a.text)).toEqual(ads.map((a) => a.text));
    expect(ads.every((a) => a.truth.groupId && a.truth.phonesE164[0]?.startsWith('+316123'))).toBe(true);
    const groups = new Set(ads.map((a) => a.truth.groupId));
    expect(groups.size).toBeLessThan(ads.length);
    expect(ads.some((a) => a.truth.obfuscatedPhone)).toBe(true);
  });

  it('serves listing and ad pages, links images, and counts requests by path', async () => {
    const listing = await fetch(site.startUrl).then((r) => r.text());
    expect(listing).toContain('/ad/ad-0000001');
    expect(listing).toContain('/hostile/hang');
    const first = ads[0]!;
    const res = await fetch(`${site.origin}/ad/${first.id}`);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain(first.imageUrls[0]);
    expect(site.requests.get(`/ad/${first.id}`)).toBe(1);
    expect(site.imageRequests()).toBe(0);
    await fetch(`${site.origin}${first.imageUrls[0]}`).then((r) => r.arrayBuffer());
    expect(site.imageRequests()).toBe(1);
  });

  it('has hostile pages: redirect loop, non-HTML', async () => {
    const loop = await fetch(`${site.origin}/hostile/loop-a`, { redirect: 'manual' });
    expect(loop.status).toBe(302);
    const pdf = await fetch(`${site.origin}/hostile/not-html`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    await pdf.arrayBuffer();
  });
});
