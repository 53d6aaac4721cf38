import { execFileSync } from 'node:child_process';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import rootPackage from '../../package.json' with { type: 'json' };

/**
 * The commit the build is made from, as in the applicant app, so that a problem a caseworker reports can
 * be traced to the exact code. A build outside a git work tree may pass it as GIT_COMMIT.
 */
function gitCommit(): string | undefined {
  if (process.env.GIT_COMMIT) return process.env.GIT_COMMIT.slice(0, 12);
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return undefined;
  }
}

const commit = gitCommit();

export default defineConfig({
  base: '/handlaggare/',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(commit ? `${rootPackage.version} (${commit})` : rootPackage.version) },
  build: { outDir: 'dist' },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
