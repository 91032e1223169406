/**
 * Long work (building the index, catching up with an import of 100 000 records) runs in slices
 * of a few milliseconds, handing the main thread back between them, so no frame waits on it: a
 * typed character, a scroll or a click is answered within one slice.
 */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Lets the browser render and handle input, then continues (ahead of timers when it can). */
export function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'function')
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tells when the current slice has used its time: `if (slicer.due()) await slicer.pause()`. */
export class Slicer {
  private since = performance.now();

  constructor(private readonly budgetMs = SLICE_MS) {}

  due(): boolean {
    return performance.now() - this.since >= this.budgetMs;
  }

  async pause(): Promise<void> {
    await yieldToUi();
    this.since = performance.now();
  }
}
