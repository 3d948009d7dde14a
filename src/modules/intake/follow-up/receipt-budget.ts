/**
 * The global budget for receipt checks in this process: Argon2id costs ~19 MiB and tens of
 * milliseconds of a core per check, so an unbounded stream of tries could take the machine. The
 * budget is per process on purpose — it guards this process's CPU and memory, which another process
 * cannot spend — and is not about who asks, so it holds nothing about them.
 *
 * Two lanes, so tries on numbers that are being guessed at cannot crowd out anyone else:
 * - `fresh`: numbers without recent failures (a reporter's first try). Most of the slots.
 * - `suspect`: numbers with failures in the last half hour. One slot and a short queue; when it is
 *   full, only those numbers hear "try again in a minute".
 * A try waits in its lane's queue at most `MAX_WAIT_MS`; a full queue or a long wait is "busy".
 */
export type Lane = 'fresh' | 'suspect';

export type BudgetOptions = { freeSlots: number; freeQueue: number; suspectSlots: number; suspectQueue: number; maxWaitMs: number };

export class BudgetBusy extends Error {
  constructor() {
    super('receipt check budget exhausted');
  }
}

type Queue = { running: number; waiting: (() => void)[]; slots: number; queue: number };

export const DEFAULT_BUDGET: BudgetOptions = { freeSlots: 2, freeQueue: 32, suspectSlots: 1, suspectQueue: 4, maxWaitMs: 5000 };

export type ReceiptBudget = {
  run: <T>(lane: Lane, work: () => Promise<T>) => Promise<T>;
  /** Checks running and waiting, for tests and the bench. */
  load: () => Record<Lane, { running: number; waiting: number }>;
};

export const createReceiptBudget = (options: BudgetOptions = DEFAULT_BUDGET): ReceiptBudget => {
  const lanes: Record<Lane, Queue> = {
    fresh: { running: 0, waiting: [], slots: options.freeSlots, queue: options.freeQueue },
    suspect: { running: 0, waiting: [], slots: options.suspectSlots, queue: options.suspectQueue },
  };

  const acquire = (q: Queue): Promise<void> => {
    if (q.running < q.slots) {
      q.running += 1;
      return Promise.resolve();
    }
    if (q.waiting.length >= q.queue) return Promise.reject(new BudgetBusy());

    return new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const at = q.waiting.indexOf(turn);
        if (at >= 0) q.waiting.splice(at, 1);
        reject(new BudgetBusy());
      }, options.maxWaitMs);
      q.waiting.push(turn);
    });
  };

  // A finished check hands its slot straight to the next in line, so no newcomer jumps the queue.
  const release = (q: Queue) => {
    const next = q.waiting.shift();
    if (next) next();
    else q.running -= 1;
  };

  return {
    run: async (lane, work) => {
      const q = lanes[lane];
      await acquire(q);
      try {
        return await work();
      } finally {
        release(q);
      }
    },
    load: () => ({
      fresh: { running: lanes.fresh.running, waiting: lanes.fresh.waiting.length },
      suspect: { running: lanes.suspect.running, waiting: lanes.suspect.waiting.length },
    }),
  };
};
