// Concurrent identical reads share one computation. Office staff open the same league table of
// the same period in the same minutes; without this each request queues the same aggregate
// behind the others (the embedded database runs one query at a time). Nothing is kept once the
// read settles: a request joining a read already running gets data at most one computation
// older than a change committed meanwhile — the same as if it had arrived a moment earlier.
const running = new Map<string, Promise<unknown>>();

export function sharedRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  const existing = running.get(key);
  if (existing) return existing as Promise<T>;
  const started = read().finally(() => running.delete(key));
  running.set(key, started);
  return started;
}
