/** Long-running commands (`run`, `serve`, `listen-email`) stop on the first SIGINT or SIGTERM. */

/** Resolves with the signal's name once SIGINT or SIGTERM arrives; the handlers are removed. */
export function untilStopSignal(): Promise<'SIGINT' | 'SIGTERM'> {
  return new Promise((resolve) => {
    const stop = (signal: 'SIGINT' | 'SIGTERM') => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(signal);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}
