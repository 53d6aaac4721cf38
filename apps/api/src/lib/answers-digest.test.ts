import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { answersDigest, canonicalJson } from './answers-digest.js';

describe('canonical JSON of answers', () => {
  it('sorts keys at every level and keeps the order of lists', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'två' } })).toBe(
      '{"a":{"c":"två","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same digest whatever order the keys came in', () => {
    const forward = answersDigest('form', 2, { rent: 7400, children: [{ name: 'Alva', age: 9 }] });
    const backward = answersDigest('form', 2, { children: [{ age: 9, name: 'Alva' }], rent: 7400 });
    expect(forward).toBe(backward);
    expect(forward).toBe(
      createHash('sha256')
        .update('{"data":{"children":[{"age":9,"name":"Alva"}],"rent":7400},"formId":"form","formVersion":2}')
        .digest('hex'),
    );
  });

  it('changes with any answer, and with the form version', () => {
    const digest = answersDigest('form', 2, { rent: 7400 });
    expect(answersDigest('form', 2, { rent: 7401 })).not.toBe(digest);
    expect(answersDigest('form', 3, { rent: 7400 })).not.toBe(digest);
  });
});
