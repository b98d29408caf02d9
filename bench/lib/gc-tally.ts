/**
 * Garbage collection in one thread, as V8 reports it to perf_hooks: how long
 * the thread stood still for collections and how many of each kind. CPU per
 * question moves with the machine's load; the collections a burst causes
 * move far less, and show whether a change made garbage or saved it.
 */
import { PerformanceObserver, constants } from "node:perf_hooks";
import { getHeapSpaceStatistics } from "node:v8";

export interface GcCounts {
  /** Milliseconds the thread spent in collections (the pauses; helper threads' share is not in it). */
  ms: number;
  /** Young-generation collections (scavenges). */
  minor: number;
  /** Full collections (mark-compact). */
  major: number;
  /** The longest single pause, ms. */
  longestMs: number;
  /**
   * Bytes the old generation grew by: what lived long enough to be promoted
   * out of the young generation (the costly part of a scavenge is copying
   * it), less whatever full collections freed meanwhile.
   */
  oldGrowth: number;
}

/** Bytes used outside the young generation. */
function oldUsed(): number {
  return getHeapSpaceStatistics()
    .filter((space) => space.space_name !== "new_space" && space.space_name !== "new_large_object_space")
    .reduce((sum, space) => sum + space.space_used_size, 0);
}

/** Tally collections in the calling thread from now on: `reset()` starts the count again, `read()` gives it. */
export function tallyGc(): { reset(): void; read(): GcCounts; stop(): void } {
  let counts = { ms: 0, minor: 0, major: 0, longestMs: 0 };
  let oldAtReset = oldUsed();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      counts.ms += entry.duration;
      counts.longestMs = Math.max(counts.longestMs, entry.duration);
      // A gc entry's detail says which kind of collection it was.
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) counts.major++;
      else if (kind === constants.NODE_PERFORMANCE_GC_MINOR) counts.minor++;
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  return {
    reset: () => {
      counts = { ms: 0, minor: 0, major: 0, longestMs: 0 };
      oldAtReset = oldUsed();
    },
    read: () => ({ ...counts, oldGrowth: oldUsed() - oldAtReset }),
    stop: () => observer.disconnect(),
  };
}
