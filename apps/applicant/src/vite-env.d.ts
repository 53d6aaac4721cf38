/// <reference types="vite/client" />

/** The program version from the root package.json and the git commit, set by vite.config.ts. */
declare const __APP_VERSION__: string;
