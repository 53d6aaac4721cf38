import { eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { municipalities } from '../../src/db/schema/index.js';
import { createMunicipality } from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const sections = [
  'controller',
  'data',
  'purpose',
  'legalBasis',
  'sources',
  'secrecy',
  'retention',
  'rights',
  'complaint',
];

async function withSettings(name: string, settings: Record<string, unknown>) {
  const municipality = await createMunicipality(t.database.db, name);
  await t.database.db.update(municipalities).set({ settings }).where(eq(municipalities.id, municipality.id));
  return municipality;
}

describe('GET /api/municipalities/:slug', () => {
  it('gives anyone the default personal-data text, built on the law, when the municipality has written none', async () => {
    const municipality = await createMunicipality(t.database.db, 'Norrköping');
    const response = await request(t.app.server).get(`/api/municipalities/${municipality.slug}`).expect(200);

    expect(response.body).toEqual({
      slug: municipality.slug,
      name: 'Norrköping',
      loginMethods: ['bankid', 'password_sms'],
      handlingWorkingDays: 10,
      personalData: { sv: expect.any(Object), en: expect.any(Object) },
      contact: null,
    });
    const { sv, en } = response.body.personalData;
    expect(Object.keys(sv)).toEqual(sections);
    expect(Object.keys(en)).toEqual(sections);
    expect(sv.controller).toContain('Norrköping');
    expect(en.controller).toContain('Norrköping');
    expect(sv.legalBasis).toMatch(/6\.1 e.*6\.1 c.*9\.2 h/s);
    expect(sv.legalBasis).toContain('socialtjänstlagen');
    expect(sv.sources).toContain('SSBTEK');
    expect(sv.secrecy).toContain('26 kapitlet offentlighets- och sekretesslagen');
    expect(sv.retention).toContain('fem år');
    expect(sv.complaint).toContain('Integritetsskyddsmyndigheten (IMY)');
    expect(en.complaint).toContain('Swedish Authority for Privacy Protection');
  });

  it("uses the municipality's own sections and contact details and keeps the default for the rest", async () => {
    const contact = {
      unit: { sv: 'Socialtjänstens mottagning', en: 'Social services reception' },
      phone: '011-15 00 00',
      email: 'socialtjanst@example.se',
      openingHours: { sv: 'Vardagar 8–12', en: 'Weekdays 8–12' },
    };
    const municipality = await withSettings('Egenkommun', {
      personalData: {
        sv: { controller: 'Socialnämnden i Egenkommun. Dataskyddsombud: dso@example.se.' },
        en: { retention: 'Kept for five years.' },
      },
      contact,
      // Settings the public must not see stay out of the answer.
      notificationRules: { internal: true },
    });

    const response = await request(t.app.server).get(`/api/municipalities/${municipality.slug}`).expect(200);
    expect(Object.keys(response.body).sort()).toEqual([
      'contact',
      'handlingWorkingDays',
      'loginMethods',
      'name',
      'personalData',
      'slug',
    ]);
    expect(response.body.contact).toEqual(contact);
    expect(response.body.personalData.sv.controller).toBe(
      'Socialnämnden i Egenkommun. Dataskyddsombud: dso@example.se.',
    );
    expect(response.body.personalData.sv.retention).toContain('fem år');
    expect(response.body.personalData.en.retention).toBe('Kept for five years.');
    expect(response.body.personalData.en.controller).toContain('Egenkommun');
  });

  it('leaves out a part of the settings that does not fit instead of failing', async () => {
    const municipality = await withSettings('Trasigkommun', {
      personalData: { sv: { purpose: 'Eget syfte.' } },
      contact: 'ring oss',
    });
    const response = await request(t.app.server).get(`/api/municipalities/${municipality.slug}`).expect(200);
    expect(response.body.contact).toBeNull();
    expect(response.body.personalData.sv.purpose).toBe('Eget syfte.');

    const emptySection = await withSettings('Tomkommun', { personalData: { sv: { purpose: '' } } });
    const fallback = await request(t.app.server).get(`/api/municipalities/${emptySection.slug}`).expect(200);
    expect(fallback.body.personalData.sv.purpose).toContain('ekonomiskt bistånd');
  });

  it('lists the login methods the municipality has switched on', async () => {
    const municipality = await createMunicipality(t.database.db);
    await t.database.db
      .update(municipalities)
      .set({ applicantLoginMethods: ['password_code_list'] })
      .where(eq(municipalities.id, municipality.id));
    const response = await request(t.app.server).get(`/api/municipalities/${municipality.slug}`).expect(200);
    expect(response.body.loginMethods).toEqual(['password_code_list']);
  });

  it('answers an unknown municipality with a 404 problem', async () => {
    const response = await request(t.app.server).get('/api/municipalities/finns-inte').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('urn:ebistans:problem:not-found');
  });
});
