import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_AMOUNT, runOnce, start, type SimulatorEvent, type SimulatorOptions } from './simulator.js';

const usage = `Användning / usage:
  pnpm --filter @ebistans/example-case-system start -- \\
    --base-url http://localhost:3000 --client-id <id> --client-secret <hemlighet> --folder ./inkorg \\
    [--once] [--decide-after-seconds N] [--amount KRONOR] [--poll-seconds N]

  --client-secret may instead be given as EBISTANS_CLIENT_SECRET, to keep it out of the shell history.`;

function describe(event: SimulatorEvent): string {
  switch (event.type) {
    case 'saved':
      return `${event.caseNumber}: sparat i ${path.relative(process.cwd(), event.folder) || '.'}`;
    case 'acknowledged':
      return `${event.caseNumber}: kvitterat (övertaget)`;
    case 'numbered':
      return `${event.caseNumber}: diarienummer ${event.externalCaseNumber}`;
    case 'letter-uploaded':
      return `${event.caseNumber}: beslutsbrevet uppladdat`;
    case 'decided':
      return `${event.caseNumber}: beslut bifall, ${event.amount} kr`;
    case 'ended-without-decision':
      return `${event.caseNumber}: inget beslut, ärendet är ${event.status}`;
  }
}

function options(): (SimulatorOptions & { once: boolean; pollIntervalSeconds: number }) | undefined {
  // `pnpm start -- --flag` passes the separator on; everything after it is ours.
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        'base-url': { type: 'string' },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        folder: { type: 'string' },
        once: { type: 'boolean', default: false },
        'decide-after-seconds': { type: 'string' },
        amount: { type: 'string' },
        'poll-seconds': { type: 'string' },
      },
    });
  } catch {
    return undefined;
  }
  const { values } = parsed;
  const clientSecret = values['client-secret'] ?? process.env.EBISTANS_CLIENT_SECRET;
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  const decideAfterSeconds = number(values['decide-after-seconds']);
  const amount = number(values.amount) ?? DEFAULT_AMOUNT;
  const pollIntervalSeconds = number(values['poll-seconds']) ?? 30;
  const numbers = [decideAfterSeconds ?? 0, amount, pollIntervalSeconds];
  if (
    !values['base-url'] ||
    !values['client-id'] ||
    !clientSecret ||
    !values.folder ||
    numbers.some((value) => !Number.isInteger(value) || value < 0)
  ) {
    return undefined;
  }
  return {
    baseUrl: values['base-url'],
    clientId: values['client-id'],
    clientSecret,
    folder: path.resolve(values.folder),
    ...(decideAfterSeconds === undefined ? {} : { decideAfterSeconds }),
    amount,
    once: values.once,
    pollIntervalSeconds,
    onEvent: (event) => console.log(describe(event)),
  };
}

if (process.argv.includes('--help')) {
  console.log(usage);
  process.exit(0);
}
const chosen = options();
if (!chosen) {
  console.error(usage);
  process.exit(2);
}

if (chosen.once) {
  try {
    const summary = await runOnce(chosen);
    const received = summary.received.length;
    console.log(
      `Klart: ${received} ${received === 1 ? 'nytt ärende' : 'nya ärenden'}, ${summary.decided.length} beslut.`,
    );
  } catch (error) {
    // The folder says how far it came: running again carries on from there.
    console.error(`Fel: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
} else {
  const running = start({ ...chosen, onError: (error) => console.error(`Fel (försöker igen): ${String(error)}`) });
  console.log(`Hämtar ärenden var ${chosen.pollIntervalSeconds}:e sekund till ${chosen.folder}. Avsluta med Ctrl-C.`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
