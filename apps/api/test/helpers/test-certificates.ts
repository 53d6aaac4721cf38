import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * A throwaway CA, a server certificate for 127.0.0.1 and a relying-party client certificate as
 * PKCS#12 with a passphrase — the shape of BankID's test RP certificate — made with openssl.
 */
export function makeTestCertificates(passphrase: string) {
  const directory = mkdtempSync(path.join(tmpdir(), 'ebistans-certs-'));
  const file = (name: string) => path.join(directory, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: directory, stdio: 'pipe' });
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

  openssl('req', '-x509', ...key, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=Test BankID CA');
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  for (const [name, extra] of [
    ['server', ['-extfile', 'server.ext']],
    ['client', []],
  ] as const) {
    openssl('req', ...key, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=Test ${name}`);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-set_serial',
      name === 'server' ? '1' : '2',
      '-days',
      '1',
      '-out',
      `${name}.crt`,
      ...extra,
    );
  }
  openssl(
    'pkcs12',
    '-export',
    '-inkey',
    'client.key',
    '-in',
    'client.crt',
    '-out',
    'client.p12',
    '-passout',
    `pass:${passphrase}`,
  );

  return {
    caPath: file('ca.crt'),
    pfxPath: file('client.p12'),
    server: {
      key: readFileSync(file('server.key')),
      cert: readFileSync(file('server.crt')),
      ca: readFileSync(file('ca.crt')),
    },
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}
