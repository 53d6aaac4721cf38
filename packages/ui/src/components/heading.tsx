import type { ReactNode } from 'react';

/** A heading whose level follows from where it is nested; HTML has six. */
export function Heading({ level, children }: { level: number; children: ReactNode }) {
  const Tag = (['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const)[Math.min(Math.max(level, 1), 6) - 1] ?? 'h6';
  return <Tag>{children}</Tag>;
}
