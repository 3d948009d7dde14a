import { describe, expect, it } from 'vitest';
import { inRenderSlot, MAX_PARALLEL_RENDERINGS } from './capture-slots.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('render slots', () => {
  it('never run more renderings at once than allowed, and let the rest wait their turn', async () => {
    let now = 0;
    let most = 0;
    const work = async () => {
      now += 1;
      most = Math.max(most, now);
      await sleep(30);
      now -= 1;
      return 'klaar';
    };
    const results = await Promise.all(Array.from({ length: 7 }, () => inRenderSlot(5000, () => new Error('te lang'), work)));
    expect(results).toEqual(Array(7).fill('klaar'));
    expect(most).toBe(MAX_PARALLEL_RENDERINGS);
  });

  it('gives up waiting after the time limit, and a failed rendering frees its slot', async () => {
    const busy = Array.from({ length: MAX_PARALLEL_RENDERINGS }, () => inRenderSlot(5000, () => new Error('x'), () => sleep(200)));
    await expect(inRenderSlot(20, () => new Error('wachten duurde te lang'), async () => 'nooit')).rejects.toThrow('wachten duurde te lang');
    await Promise.all(busy);
    await expect(inRenderSlot(20, () => new Error('x'), () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
    expect(await inRenderSlot(20, () => new Error('x'), async () => 'vrij')).toBe('vrij');
  });
});
