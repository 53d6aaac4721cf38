import type { ApplicantLoginMethod } from '../../db/schema/index.js';
import { defaultPersonalData } from './default-personal-data.js';
import { publicSettingsSchema } from './municipalities.schemas.js';

interface MunicipalityRow {
  slug: string;
  name: string;
  loginMethods: ApplicantLoginMethod[];
  handlingWorkingDays: number;
  settings: Record<string, unknown>;
}

/** The public page of a municipality: its own texts from the settings, the default text where it has none. */
export function toMunicipalityDetails({ slug, name, loginMethods, handlingWorkingDays, settings }: MunicipalityRow) {
  const own = publicSettingsSchema.parse(settings);
  const defaults = defaultPersonalData(name);
  return {
    slug,
    name,
    loginMethods,
    handlingWorkingDays,
    personalData: {
      sv: { ...defaults.sv, ...own.personalData?.sv },
      en: { ...defaults.en, ...own.personalData?.en },
    },
    contact: own.contact ?? null,
  };
}
