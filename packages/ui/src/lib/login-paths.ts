/** Both apps log in at the same addresses below their own base path. */
export const loginPath = '/logga-in';
export const loginCodePath = '/logga-in/engangskod';
