import { visibleAnswers, type FormData, type FormDefinition } from '../common/form-definition.js';
import type { Localized } from '../common/localized.js';
import { adultActivities, hasCoApplicant, rows, strings, text } from '../forms/answers.js';
import { NEW_APPLICATION_FORM_ID, SUPPLEMENT_FORM_ID } from '../forms/registry.js';
import { COST_TYPES } from '../forms/sections/costs.js';
import { INCOME_TYPES } from '../forms/sections/economy.js';
import { HOUSING_WITH_COST } from '../forms/sections/housing.js';
import type { ReceiptCategory } from './categories.js';

type Person = 'applicant' | 'co_applicant' | 'child';

/** One receipt the applicant is asked to attach, derived from the answers. */
export interface ReceiptRequirement {
  /** Stable within one case's answers, e.g. `salary_slip:co_applicant` or `cost_invoice:costs.2`. */
  id: string;
  category: ReceiptCategory;
  /** What to attach, in the words the applicant's checklist uses. */
  label: Localized;
  /** Why it is needed: the answer it comes from. */
  reason: Localized;
  person?: Person;
  /** The answer that asked for it, when it is one row or field. */
  path?: string;
}

const whose: Record<Person, Localized> = {
  applicant: { sv: 'Du', en: 'You' },
  co_applicant: { sv: 'Din medsökande', en: 'Your co-applicant' },
  child: { sv: 'Barnet', en: 'The child' },
};

/** "Din medsökande: Den senaste lönespecifikationen", so the checklist says whose paper it is. */
function forPerson(label: Localized, person: Person): Localized {
  return { sv: `${whose[person].sv}: ${label.sv}`, en: `${whose[person].en}: ${label.en}` };
}

function optionLabel(options: readonly { value: string; label: Localized }[], value: string | undefined): Localized {
  return options.find((candidate) => candidate.value === value)?.label ?? { sv: 'övrigt', en: 'other' };
}

function adults(data: FormData): Person[] {
  return hasCoApplicant(data) ? ['applicant', 'co_applicant'] : ['applicant'];
}

function personOf(path: string): Person {
  return path === 'coApplicantActivity' ? 'co_applicant' : 'applicant';
}

function asPerson(value: unknown): Person | undefined {
  return value === 'applicant' || value === 'co_applicant' || value === 'child' ? value : undefined;
}

/** Incomes whose amount the caseworker sees in other ways (Försäkringskassan's standard amounts). */
const INCOMES_WITHOUT_STATEMENT = new Set(['child_allowance']);
/** Incomes that are not a benefit with a payment statement. */
const INCOMES_WITH_OWN_EVIDENCE = new Set(['salary', 'transfers', 'other', 'rent_share']);

function incomeReceipts(data: FormData, isNew: boolean): ReceiptRequirement[] {
  const result: ReceiptRequirement[] = [];
  const salaried = new Set<Person>();
  rows(data, 'incomes').forEach((income, index) => {
    const type = text(income, 'type');
    const person = asPerson(income.recipient);
    if (!type || !person) return;
    const path = `incomes.${index}`;
    const typeLabel = optionLabel(INCOME_TYPES, type);
    if (type === 'salary') {
      if (salaried.has(person)) return;
      salaried.add(person);
      result.push({
        id: `salary_slip:${person}`,
        category: 'salary_slip',
        label: forPerson(
          isNew
            ? { sv: 'Lönespecifikationer för de tre senaste månaderna', en: 'Salary slips for the last three months' }
            : { sv: 'Den senaste lönespecifikationen', en: 'The latest salary slip' },
          person,
        ),
        reason: { sv: 'Du har angett lön.', en: 'You listed a salary.' },
        person,
        path,
      });
      if (isNew) {
        result.push({
          id: `employment_contract:${person}`,
          category: 'employment_contract',
          label: forPerson({ sv: 'Anställningsavtal', en: 'Employment contract' }, person),
          reason: { sv: 'Du har angett lön.', en: 'You listed a salary.' },
          person,
          path,
        });
      }
    } else if (INCOMES_WITH_OWN_EVIDENCE.has(type)) {
      result.push({
        id: `income_evidence:${path}`,
        category: 'income_evidence',
        label: {
          sv: `Underlag som visar vad pengarna är: ${typeLabel.sv.toLowerCase()}`,
          en: `Evidence of what the money is: ${typeLabel.en.toLowerCase()}`,
        },
        reason: {
          sv: 'Till exempel kontoutdrag, kvitto eller gåvobrev.',
          en: 'For example a statement, receipt or deed of gift.',
        },
        person,
        path,
      });
    } else if (!INCOMES_WITHOUT_STATEMENT.has(type)) {
      result.push({
        id: `benefit_statement:${path}`,
        category: 'benefit_statement',
        label: { sv: `Utbetalningsbesked: ${typeLabel.sv}`, en: `Payment statement: ${typeLabel.en}` },
        reason: { sv: 'Du har angett inkomsten.', en: 'You listed the income.' },
        person,
        path,
      });
    }
  });
  return result;
}

function costReceipts(data: FormData): ReceiptRequirement[] {
  return rows(data, 'costs').flatMap((cost, index) => {
    const type = text(cost, 'type');
    if (!type) return [];
    const typeLabel = optionLabel(COST_TYPES, type);
    const label =
      type === 'dental'
        ? { sv: 'Kostnadsförslag eller räkning från tandvården', en: 'Cost estimate or bill from the dentist' }
        : { sv: `Räkning eller kvitto: ${typeLabel.sv}`, en: `Bill or receipt: ${typeLabel.en}` };
    return [
      {
        id: `cost_invoice:costs.${index}`,
        category: 'cost_invoice' as const,
        label,
        reason: { sv: 'Du söker för kostnaden.', en: 'You apply for the cost.' },
        path: `costs.${index}`,
      },
    ];
  });
}

function housingReceipts(data: FormData, isNew: boolean): ReceiptRequirement[] {
  const housingType = text(data, 'housingType');
  if (!housingType || !(HOUSING_WITH_COST as readonly string[]).includes(housingType)) return [];
  const result: ReceiptRequirement[] = [];
  const reason = { sv: 'Du söker för boendekostnaden.', en: 'You apply for the housing cost.' };
  const owned = housingType === 'condominium' || housingType === 'own_house';
  if (owned) {
    result.push({
      id: 'housing_costs',
      category: 'housing_costs',
      label: {
        sv: 'Avi för månadsavgift, räntor och driftkostnader',
        en: 'Notice of the monthly fee, interest and running costs',
      },
      reason,
      path: 'rent',
    });
  } else {
    result.push({
      id: 'rent_notice',
      category: 'rent_notice',
      label: { sv: 'Hyresavi för den månad du söker för', en: 'Rent notice for the month you apply for' },
      reason,
      path: 'rent',
    });
    if (isNew && housingType !== 'with_parents') {
      result.push({
        id: 'housing_contract',
        category: 'housing_contract',
        label: { sv: 'Hyreskontrakt, underskrivet', en: 'Signed tenancy agreement' },
        reason,
        path: 'housingType',
      });
    }
  }
  if (!isNew) {
    result.push({
      id: 'rent_payment',
      category: 'rent_payment',
      label: { sv: 'Kvitto på att förra månadens hyra är betald', en: "Receipt showing last month's rent is paid" },
      reason: { sv: 'Hyran betalas med biståndet.', en: 'The rent is paid with the assistance.' },
      path: 'rent',
    });
  }
  if (housingType === 'sublet' && data.subletApproved === true) {
    result.push({
      id: 'sublet_approval',
      category: 'sublet_approval',
      label: { sv: 'Hyresvärdens godkännande av andrahandsuthyrningen', en: "The landlord's approval of the sublet" },
      reason: { sv: 'Du bor i andra hand.', en: 'You live in a sublet.' },
      path: 'subletApproved',
    });
  }
  if (data.rentsOutPart === true) {
    result.push({
      id: 'income_evidence:rentalIncome',
      category: 'income_evidence',
      label: {
        sv: 'Kontrakt eller kvitto som visar hyran du får',
        en: 'Contract or receipt showing the rent you receive',
      },
      reason: { sv: 'Du hyr ut en del av bostaden.', en: 'You rent out part of the home.' },
      path: 'rentalIncome',
    });
  }
  return result;
}

function activityReceipts(data: FormData, isNew: boolean): ReceiptRequirement[] {
  return adultActivities(data).flatMap(({ path, activity }) => {
    const person = personOf(path);
    const chosen = strings(activity, 'activities');
    const result: ReceiptRequirement[] = [];
    if (chosen.includes('job_seeking')) {
      if (isNew) {
        result.push({
          id: `employment_service:${person}`,
          category: 'employment_service',
          label: forPerson(
            {
              sv: 'Intyg om inskrivning och handlingsplan från Arbetsförmedlingen',
              en: 'Registration certificate and plan from the Public Employment Service',
            },
            person,
          ),
          reason: { sv: 'Du har angett att personen söker arbete.', en: 'You said the person looks for work.' },
          person,
          path: `${path}.activities`,
        });
      }
      result.push({
        id: `activity_report:${person}`,
        category: 'activity_report',
        label: forPerson(
          isNew
            ? {
                sv: 'Aktivitetsrapporter för de tre senaste månaderna',
                en: 'Activity reports for the last three months',
              }
            : { sv: 'Den senaste aktivitetsrapporten', en: 'The latest activity report' },
          person,
        ),
        reason: { sv: 'Du har angett att personen söker arbete.', en: 'You said the person looks for work.' },
        person,
        path: `${path}.activities`,
      });
    }
    if (chosen.includes('sick_leave')) {
      result.push({
        id: `medical_certificate:${person}`,
        category: 'medical_certificate',
        label: forPerson(
          {
            sv: 'Läkarintyg som gäller den månad du söker för',
            en: 'Medical certificate covering the month you apply for',
          },
          person,
        ),
        reason: {
          sv: 'Du har angett sjukskrivning. Sedan 1 juli 2026 krävs läkarintyg.',
          en: 'You listed sick leave. A medical certificate is required since 1 July 2026.',
        },
        person,
        path: `${path}.activities`,
      });
    }
    if (chosen.includes('sfi') || chosen.includes('studies')) {
      result.push({
        id: `study_certificate:${person}`,
        category: 'study_certificate',
        label: forPerson({ sv: 'Intyg om studier från skolan', en: 'Certificate of studies from the school' }, person),
        reason: { sv: 'Du har angett studier.', en: 'You listed studies.' },
        person,
        path: `${path}.activities`,
      });
    }
    return result;
  });
}

function assetReceipts(data: FormData): ReceiptRequirement[] {
  return rows(data, 'assets').flatMap((asset, index): ReceiptRequirement[] => {
    const category = text(asset, 'category');
    const path = `assets.${index}`;
    const reason = { sv: 'Du har angett tillgången.', en: 'You listed the asset.' };
    switch (category) {
      case 'vehicle':
        return [
          {
            id: `asset_documents:${path}`,
            category: 'asset_documents',
            label: { sv: 'Registreringsbevis för fordonet', en: 'Registration certificate of the vehicle' },
            reason,
            path,
          },
        ];
      case 'property':
        return [
          {
            id: `asset_documents:${path}`,
            category: 'asset_documents',
            label: {
              sv: 'Underlag som visar bostadens eller fastighetens värde',
              en: 'Evidence of the value of the home or property',
            },
            reason,
            path,
          },
        ];
      case 'company':
        return [
          {
            id: `company_documents:${path}`,
            category: 'company_documents',
            label: {
              sv: 'Underlag om företaget, till exempel senaste deklaration eller intyg om avregistrering',
              en: 'Company documents, for example the latest tax return or proof of deregistration',
            },
            reason,
            path,
          },
        ];
      case 'other':
        return [
          {
            id: `asset_documents:${path}`,
            category: 'asset_documents',
            label: { sv: 'Underlag som visar tillgångens värde', en: 'Evidence of the value of the asset' },
            reason,
            path,
          },
        ];
      default:
        // Bank savings show on the account statements asked for anyway.
        return [];
    }
  });
}

/** What a first application asks of every adult: identity, the bank overview and the tax return. */
function newApplicationReceipts(data: FormData): ReceiptRequirement[] {
  const result: ReceiptRequirement[] = [];
  for (const person of adults(data)) {
    const reason = { sv: 'Behövs vid en första ansökan.', en: 'Needed for a first application.' };
    result.push(
      {
        id: `identity:${person}`,
        category: 'identity',
        label: forPerson({ sv: 'Kopia av giltig id-handling', en: 'Copy of a valid identity document' }, person),
        reason,
        person,
      },
      {
        id: `tax_return:${person}`,
        category: 'tax_return',
        label: forPerson(
          { sv: 'Senaste inkomstdeklarationen, alla sidor', en: 'The latest income tax return, all pages' },
          person,
        ),
        reason,
        person,
      },
    );
  }
  result.push({
    id: 'bank_overview',
    category: 'bank_overview',
    label: {
      sv: 'Ekonomisk översikt från banken med alla konton, fonder och lån för alla i hushållet',
      en: 'Financial overview from the bank with all accounts, funds and loans for everyone in the household',
    },
    reason: { sv: 'Behövs vid en första ansökan.', en: 'Needed for a first application.' },
  });
  if (
    rows(data, 'children').some(
      (child) => child.livingArrangement === 'alternating' || child.livingArrangement === 'visiting',
    )
  ) {
    result.push({
      id: 'custody_agreement',
      category: 'custody_agreement',
      label: {
        sv: 'Avtal eller dom om barnens boende och umgänge',
        en: "Agreement or ruling on the children's living arrangements and visits",
      },
      reason: {
        sv: 'Ett barn bor växelvis eller är hos dig på umgänge.',
        en: 'A child lives alternately or visits you.',
      },
      path: 'children',
    });
  }
  if (data.assistanceElsewhere === true) {
    result.push({
      id: 'previous_calculation',
      category: 'previous_calculation',
      label: {
        sv: 'Senaste beräkningen från den tidigare kommunen',
        en: 'The latest calculation from the previous municipality',
      },
      reason: { sv: 'Du har fått bistånd i en annan kommun.', en: 'You received assistance in another municipality.' },
      path: 'previousMunicipality',
    });
  }
  return result;
}

function bankStatements(data: FormData, isNew: boolean): ReceiptRequirement[] {
  return adults(data).map((person) => ({
    id: `bank_statements:${person}`,
    category: 'bank_statements' as const,
    label: forPerson(
      isNew
        ? { sv: 'Kontoutdrag för alla konton, tre månader bakåt', en: 'Statements for all accounts, three months back' }
        : {
            sv: 'Kontoutdrag för alla konton från förra månaden fram till i dag',
            en: 'Statements for all accounts from last month until today',
          },
      person,
    ),
    reason: {
      sv: 'Visar inkomster och utgifter. Skärmbilder godtas inte alltid; ladda ner utdraget från banken.',
      en: 'Shows incomes and expenses. Screenshots are not always accepted; download the statement from the bank.',
    },
    person,
  }));
}

function pendingBenefitReceipts(data: FormData): ReceiptRequirement[] {
  return rows(data, 'pendingBenefits').map((_, index) => ({
    id: `benefit_application:pendingBenefits.${index}`,
    category: 'benefit_application' as const,
    label: {
      sv: 'Kopia av ansökan eller bekräftelse på att du har sökt',
      en: 'Copy of the application or a confirmation that you applied',
    },
    reason: { sv: 'Du väntar på beslut om en ersättning.', en: 'You are waiting for a decision on a benefit.' },
    path: `pendingBenefits.${index}`,
  }));
}

/**
 * The receipts (verifikat) the answers call for, DOMAIN.md §2.3: the applicant's checklist and the
 * caseworker's "missing receipts" view. A first application asks for more history than a monthly one;
 * a supplement asks only for what its own rows add.
 */
export function requiredReceipts(form: FormDefinition, answers: FormData): ReceiptRequirement[] {
  const data = visibleAnswers(form, answers);
  if (form.id === SUPPLEMENT_FORM_ID) return [...incomeReceipts(data, false), ...costReceipts(data)];
  const isNew = form.id === NEW_APPLICATION_FORM_ID;
  return [
    ...(isNew ? newApplicationReceipts(data) : []),
    ...bankStatements(data, isNew),
    ...incomeReceipts(data, isNew),
    ...pendingBenefitReceipts(data),
    ...housingReceipts(data, isNew),
    ...activityReceipts(data, isNew),
    ...assetReceipts(data),
    ...costReceipts(data),
  ];
}
