import { formatIdentityNumber } from '@ebistans/schema';
import { buildApp } from './app.js';
import { embeddedSessionSecret } from './config/embedded-secret.js';
import { loadConfig } from './config/env.js';
import { orExit, processEnvironment } from './config/from-process.js';
import { demoLogins } from './modules/demo/demo-seed.js';

const config = orExit(() => loadConfig(processEnvironment()));
if (!config.sessionSecret) config.sessionSecret = await embeddedSessionSecret(config.dataDir);

const app = await buildApp(config);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal} received, closing`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'error while closing');
        process.exit(1);
      },
    );
  });
}

await app.listen({ host: config.host, port: config.port });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

const lines = [
  '',
  'ebistans is running',
  `  Applicant app:   ${base}/`,
  `  Caseworker app:  ${base}/handlaggare/`,
  `  API:             ${base}/api  (docs: ${base}/api/docs, OpenAPI: ${base}/api/openapi.json)`,
  `  Database:        ${config.database.kind === 'pglite' ? `PGlite in ${config.database.directory}` : 'PostgreSQL (DATABASE_URL)'}`,
  `  Files:           ${config.fileStore.kind === 'folder' ? config.fileStore.directory : `S3 bucket ${config.fileStore.bucket}`}`,
  `  E-mail:          ${config.email.kind === 'smtp' ? 'SMTP' : `dev outbox (${base}/api/dev/outbox)`}`,
  `  SMS:             ${config.sms.kind === '46elks' ? '46elks' : `dev outbox (${base}/api/dev/outbox)`}`,
  `  BankID:          ${config.bankId.kind === 'simulator' ? `simulator; approve logins at ${base}/bankid-simulator/` : 'RP API (BANKID_URL)'}`,
];
if (!config.spa) lines.push('  (SPAs not built: run `pnpm build` to serve them)');
if (config.seedDemo) {
  lines.push(
    '',
    `Demo logins (municipality "${demoLogins.municipality.name}"; one-time codes appear in this log and at ${base}/api/dev/outbox):`,
    `  Applicant:   personnummer ${formatIdentityNumber(demoLogins.applicant.personnummer)}, password ${demoLogins.applicant.password}`,
    `  Caseworker:  username ${demoLogins.caseworker.username}, password ${demoLogins.caseworker.password}`,
    `  Admin:       username ${demoLogins.admin.username}, password ${demoLogins.admin.password}`,
  );
}
console.log(lines.join('\n'));
