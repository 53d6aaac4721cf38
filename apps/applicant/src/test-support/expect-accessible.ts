import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * No WCAG 2.1 A/AA violations that axe finds in the rendered markup, and no description pointing at
 * nothing. Colour contrast needs a real layout engine, which jsdom is not; the browser tests in e2e/ do it.
 */
export async function expectAccessible(container: HTMLElement) {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  const violations = results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(violations).toEqual([]);
  // axe only asks for review when a description points at nothing; a missing id is a bug here.
  const describedBy = Array.from(container.querySelectorAll('[aria-describedby]')).flatMap((element) =>
    (element.getAttribute('aria-describedby') ?? '').split(' '),
  );
  expect(describedBy.filter((id) => !document.getElementById(id))).toEqual([]);
}
