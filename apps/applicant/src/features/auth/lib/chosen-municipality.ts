const storageKey = 'ebistans.municipality';

/**
 * The municipality last logged in to on this browser, so that a returning applicant starts there. It is
 * no secret (anyone may see which municipalities use the service). Storage can be blocked; the choice is
 * then simply asked for again.
 */
export function rememberedMunicipality(): string | undefined {
  try {
    return localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberMunicipality(slug: string): void {
  try {
    localStorage.setItem(storageKey, slug);
  } catch {
    // See above.
  }
}
