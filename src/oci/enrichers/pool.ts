// A worker pool whose tasks may add tasks: a group's list can hand its leftovers to gets
// that then run alongside every other group's work.
export type PoolTask = () => Promise<PoolTask[] | undefined>;

export async function runPool(workers: number, initial: readonly PoolTask[]): Promise<void> {
  const queue: PoolTask[] = [...initial];
  const size = Math.max(1, Math.floor(workers));
  let active = 0;
  let failure: unknown;
  await new Promise<void>((resolve) => {
    const pump = () => {
      if (failure !== undefined && active === 0) return resolve();
      while (failure === undefined && active < size && queue.length > 0) {
        const task = queue.shift() as PoolTask;
        active++;
        task()
          .then((more) => {
            if (more) queue.push(...more);
          })
          .catch((error: unknown) => {
            // Tasks catch per-record failures themselves; one that throws is a bug: stop.
            failure ??= error;
          })
          .finally(() => {
            active--;
            pump();
          });
      }
      if (active === 0 && (queue.length === 0 || failure !== undefined)) resolve();
    };
    pump();
  });
  if (failure !== undefined) throw failure;
}
