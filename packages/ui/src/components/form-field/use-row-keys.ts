import { useState } from 'react';

function nextKey(keys: readonly number[]): number {
  return keys.length === 0 ? 0 : Math.max(...keys) + 1;
}

/** Keys for `count` rows: the stored ones, cut or extended when the rows were changed from outside. */
function fit(keys: readonly number[], count: number): number[] {
  const fitted = keys.slice(0, count);
  while (fitted.length < count) fitted.push(nextKey(fitted));
  return fitted;
}

/**
 * Stable React keys for the rows of a list, so that removing a row takes its inputs (their typed text,
 * their focus) with it instead of shifting the rows below into them.
 */
export function useRowKeys(count: number) {
  const [stored, setStored] = useState<readonly number[]>(() => fit([], count));
  const keys = fit(stored, count);
  return {
    keys,
    added: () => setStored([...keys, nextKey(keys)]),
    removed: (index: number) => setStored(keys.filter((_, position) => position !== index)),
  };
}
