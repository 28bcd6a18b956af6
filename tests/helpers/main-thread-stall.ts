import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Runs `work` and reports the longest time this thread's event loop could not turn while it
 * ran: the "stall" an Electron window would show as a frozen UI if `work` ran in the main
 * process. Node's histogram samples the loop every `resolutionMs`, so a stall is measured to
 * within that much; a stall shorter than the resolution can read as up to one resolution long.
 *
 * A ticker records the same figure a second way (the longest gap between 5 ms timers), because
 * the histogram only sees delays at its sampling points. Both only learn of a stall when a timer
 * next fires: the measurement waits for one more turn after `work` settles, or a stall at its
 * very end (or a `work` that is synchronous throughout) would go unseen.
 */
export async function measureMainThreadStall<T>(
  work: () => Promise<T>,
  resolutionMs = 10,
): Promise<{ value: T; maxStallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  let last = performance.now();
  let longestGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 5);
  histogram.enable();
  try {
    const value = await work();
    await new Promise((resolve) => setTimeout(resolve, resolutionMs + 5));
    return { value, maxStallMs: Math.max(histogram.max / 1e6 - resolutionMs, longestGap - 5, 0) };
  } finally {
    histogram.disable();
    clearInterval(ticker);
  }
}
