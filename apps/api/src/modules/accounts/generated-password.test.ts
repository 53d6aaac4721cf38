import { describe, expect, it } from 'vitest';
import { generatePassword } from './generated-password.js';

describe('generatePassword', () => {
  it('makes four groups of four unambiguous characters', () => {
    expect(generatePassword()).toMatch(/^[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}$/);
  });

  it('differs every time', () => {
    const made = new Set(Array.from({ length: 100 }, generatePassword));
    expect(made.size).toBe(100);
  });
});
