import type { TestApp } from './test-app.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD, validApplication } from './fixtures.js';
import { loginApplicant, loginStaff } from './login.js';

/** A municipality where an applicant has submitted the example application and a caseworker is logged in. */
export async function submittedCaseWithCaseworker(t: TestApp) {
  const municipality = await createMunicipality(t.database.db);
  const applicant = await createApplicant(t.database.db, municipality.id);
  const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
  const created = await agent.post('/api/applicant/applications').send(validApplication()).expect(201);
  const member = await createStaff(t.database.db, municipality.id);
  const caseworker = await loginStaff(t.app, member, TEST_PASSWORD);
  return { municipality, applicant, agent, caseworker, member, caseId: created.body.id as string };
}
