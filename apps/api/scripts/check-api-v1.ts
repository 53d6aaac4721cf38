import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { breakingChanges, v1Contract } from '../src/openapi/v1-compatibility.js';

/**
 * Fails when apps/api/openapi.json breaks the released /api/v1 contract (api-v1/released-contract.json) in a
 * way not recorded in api-v1/intended-breaking-changes.json. `--release` makes the current contract the
 * released one and empties the list: run it when a version of the API is published.
 */
const file = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url));
const readJson = async (name: string) => JSON.parse(await readFile(file(name), 'utf8')) as Record<string, unknown>;

const current = v1Contract(await readJson('openapi.json'));
const releasedFile = 'api-v1/released-contract.json';
const intendedFile = 'api-v1/intended-breaking-changes.json';

if (process.argv.includes('--release')) {
  await writeFile(file(releasedFile), `${JSON.stringify(current, null, 2)}\n`);
  await writeFile(file(intendedFile), `${JSON.stringify({ changes: [] }, null, 2)}\n`);
  console.log(`Wrote ${releasedFile}; ${intendedFile} emptied.`);
  process.exit(0);
}

const changes = breakingChanges(await readJson(releasedFile), current);
const intended = ((await readJson(intendedFile)).changes as { change: string; reason: string }[]) ?? [];
const recorded = new Set(intended.filter((entry) => entry.reason?.trim()).map((entry) => entry.change));
const unrecorded = changes.filter((change) => !recorded.has(change));
if (unrecorded.length > 0) {
  console.error('Breaking changes to /api/v1 that are not recorded as intended:');
  for (const change of unrecorded) console.error(`  - ${change}`);
  console.error(
    `Undo them, or (for a new major version only) add each line with a "reason" to apps/api/${intendedFile}.`,
  );
  process.exit(1);
}
console.log(`/api/v1 is compatible with the released contract (${changes.length} intended breaking changes).`);
