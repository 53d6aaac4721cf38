import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const apiRoot = fileURLToPath(new URL('../../apps/api', import.meta.url));

export interface RunningServer {
  baseUrl: string;
  output(): string;
  /** Sends SIGINT, like Ctrl-C, and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real server (`apps/api/src/server.ts`, what `pnpm start` runs) on a free port and waits
 * for the line that prints its URLs.
 */
export async function startServer(env: Record<string, string | undefined>): Promise<RunningServer> {
  // Exactly as `pnpm start` runs it: node with tsx's loader, so Ctrl-C reaches the server itself. (The tsx
  // command relays signals and kills the server when it does not answer within 30 ms, as on a busy machine.)
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Applicant app:\s+(http:\/\/[^/\s]+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code} before it started:\n${output}`));
    });
  });

  return {
    baseUrl,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGINT');
      return exited;
    },
  };
}
