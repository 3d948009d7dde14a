/**
 * At most this many renderings run at once in one process: each starts a Chromium, and the machine
 * also serves the app (and, embedded, the database). Others wait their turn, within their own time
 * limit.
 */
export const MAX_PARALLEL_RENDERINGS = 2;

let running = 0;
const waiting: (() => void)[] = [];

const acquire = (waitMs: number, onTimeout: () => Error): Promise<void> => {
  if (running < MAX_PARALLEL_RENDERINGS) {
    running += 1;
    return Promise.resolve();
  }

  return new Promise<void>((resolve, reject) => {
    const turn = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      const at = waiting.indexOf(turn);
      if (at >= 0) waiting.splice(at, 1);
      reject(onTimeout());
    }, waitMs);
    waiting.push(turn);
  });
};

/** A finished rendering hands its slot straight to the next in line, so no newcomer can jump in. */
const release = () => {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
};

/** Runs `work` in a free slot; gives up waiting (throwing `onTimeout()`) after `waitMs`. */
export const inRenderSlot = async <T>(waitMs: number, onTimeout: () => Error, work: () => Promise<T>): Promise<T> => {
  await acquire(waitMs, onTimeout);
  try {
    return await work();
  } finally {
    release();
  }
};
