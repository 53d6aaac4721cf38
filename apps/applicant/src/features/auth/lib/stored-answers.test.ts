import { beforeEach, describe, expect, it } from 'vitest';
import { clearStoredAnswers, clearStoredAnswersExceptUnsent } from './stored-answers';

const supplement = 'ebistans.supplement.case-1.v1';
const print = 'ebistans.print.ekonomiskt-bistand-manadsansokan.v2';
const other = 'ebistans.application.copied';

describe('the answers kept in the tab', () => {
  beforeEach(() => {
    sessionStorage.clear();
    for (const key of [supplement, print, other]) sessionStorage.setItem(key, '{"a":1}');
  });

  it('keeps the unsent supplement and print answers when the session ended for being idle', () => {
    clearStoredAnswersExceptUnsent();
    expect(sessionStorage.getItem(supplement)).toBe('{"a":1}');
    expect(sessionStorage.getItem(print)).toBe('{"a":1}');
    expect(sessionStorage.getItem(other)).toBeNull();
  });

  it('forgets everything on "Logga ut", for the next person at a shared computer', () => {
    clearStoredAnswers();
    expect(sessionStorage.length).toBe(0);
  });
});
