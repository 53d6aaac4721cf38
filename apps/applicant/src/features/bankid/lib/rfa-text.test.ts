import { describe, expect, it } from 'vitest';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { isMobileDevice, rfaTextKey } from './rfa-text';

const userAgents = {
  iPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  iPadAsMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
};

describe('isMobileDevice', () => {
  it.each([
    ['an iPhone', userAgents.iPhone, 5, true],
    ['an Android phone', userAgents.android, 5, true],
    ['an iPad, which says it is a Mac but has a touch screen', userAgents.iPadAsMac, 5, true],
    ['a Mac', userAgents.iPadAsMac, 0, false],
    ['a Windows computer', userAgents.windows, 0, false],
  ])('tells %s', (_name, userAgent, touchPoints, mobile) => {
    expect(isMobileDevice(userAgent, touchPoints)).toBe(mobile);
  });
});

describe('rfaTextKey', () => {
  it('chooses the computer (A) or mobile (B) wording of RFA14 and RFA15', () => {
    expect(rfaTextKey('rfa14', false)).toBe('bankid.rfa.rfa14A');
    expect(rfaTextKey('rfa14', true)).toBe('bankid.rfa.rfa14B');
    expect(rfaTextKey('rfa15', true)).toBe('bankid.rfa.rfa15B');
    expect(rfaTextKey('rfa9', true)).toBe('bankid.rfa.rfa9');
  });

  it('has a Swedish and an English text for every message code the API sends', () => {
    const codes = [
      'rfa1',
      'rfa3',
      'rfa6',
      'rfa8',
      'rfa9',
      'rfa13',
      'rfa14',
      'rfa15',
      'rfa16',
      'rfa17a',
      'rfa17b',
      'rfa21',
      'rfa22',
      'rfa23',
    ] as const;
    for (const texts of [sv, en]) {
      for (const code of codes) {
        for (const mobile of [false, true]) {
          const key = rfaTextKey(code, mobile).replace('bankid.rfa.', '') as keyof typeof texts.bankid.rfa;
          expect(texts.bankid.rfa[key], `${code} ${mobile ? 'mobile' : 'computer'}`).toMatch(/\S/);
        }
      }
    }
    // B speaks of "this device" and leaves out the card reader.
    expect(sv.bankid.rfa.rfa14B).toContain('i den här enheten');
    expect(sv.bankid.rfa.rfa14B).not.toContain('kortläsaren');
    expect(sv.bankid.rfa.rfa15A).not.toContain('på en annan enhet');
  });
});
