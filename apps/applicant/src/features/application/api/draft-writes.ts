/**
 * The draft write on its way, if any. Reading the draft waits for it, so that leaving the application in
 * the middle of a save and coming straight back reads the answers just saved, not the ones before.
 */
let lastWrite: Promise<unknown> = Promise.resolve();

export function trackWrite<T>(write: Promise<T>): Promise<T> {
  lastWrite = write.catch(() => undefined);
  return write;
}

export function writesDone(): Promise<unknown> {
  return lastWrite;
}
