import type { FieldDefinition, StepDefinition } from '../../common/form-definition.js';
import { CIVIL_STATUSES_WITH_CO_APPLICANT } from './people.js';
import { gatedList, option, t } from './builders.js';

/** What each adult does during the month (DOMAIN.md §2.2 "Planning / activity"); asked once per adult. */
function activityFields(): FieldDefinition[] {
  return [
    {
      name: 'activities',
      kind: 'checkboxes',
      label: t('Vad gör personen den här månaden?', 'What does the person do this month?'),
      hint: t('Välj allt som stämmer.', 'Choose all that apply.'),
      options: [
        option('work', 'Arbetar', 'Works'),
        option('job_seeking', 'Söker arbete', 'Looks for work'),
        option('sick_leave', 'Är sjukskriven', 'Is on sick leave'),
        option('sfi', 'Läser svenska för invandrare (sfi)', 'Studies Swedish for immigrants (sfi)'),
        option('studies', 'Studerar', 'Studies'),
        option('parental_leave', 'Är föräldraledig', 'Is on parental leave'),
        option('other', 'Något annat', 'Something else'),
        option('none', 'Inget av detta', 'None of these', { exclusive: true }),
      ],
    },
    {
      name: 'workExtent',
      kind: 'radio',
      label: t('Hur mycket arbetar personen?', 'How much does the person work?'),
      visibleWhen: { field: 'activities', includes: 'work' },
      options: [
        option('full_time', 'Heltid', 'Full time'),
        option('part_time', 'Deltid', 'Part time'),
        option('hourly', 'Timanställd eller vid behov', 'Hourly or on call'),
      ],
    },
    {
      name: 'registeredWithEmploymentService',
      kind: 'yesno',
      label: t(
        'Är personen inskriven hos Arbetsförmedlingen?',
        'Is the person registered with the Public Employment Service?',
      ),
      visibleWhen: { field: 'activities', includes: 'job_seeking' },
    },
    {
      name: 'jobApplications',
      kind: 'number',
      min: 0,
      max: 300,
      unit: t('jobb', 'jobs'),
      label: t(
        'Hur många jobb har personen sökt den senaste månaden?',
        'How many jobs has the person applied for in the last month?',
      ),
      hint: t('Handläggaren kan be om din aktivitetsrapport.', 'The caseworker may ask for your activity report.'),
      visibleWhen: { field: 'activities', includes: 'job_seeking' },
    },
    {
      name: 'sickLeavePercent',
      kind: 'radio',
      label: t('Hur mycket är personen sjukskriven?', 'How much sick leave does the person have?'),
      visibleWhen: { field: 'activities', includes: 'sick_leave' },
      options: [
        option('100', 'Heltid (100 %)', 'Full time (100%)'),
        option('75', '75 %', '75%'),
        option('50', '50 %', '50%'),
        option('25', '25 %', '25%'),
      ],
    },
    {
      name: 'sickLeaveUntil',
      kind: 'date',
      optional: true,
      label: t('Sjukskriven till och med (frivilligt)', 'Sick leave until (optional)'),
      hint: t('Datumet står på läkarintyget.', 'The date is on the medical certificate.'),
      visibleWhen: { field: 'activities', includes: 'sick_leave' },
    },
    {
      name: 'sfiCourse',
      kind: 'radio',
      label: t('Vilken sfi-kurs läser personen?', 'Which sfi course does the person study?'),
      visibleWhen: { field: 'activities', includes: 'sfi' },
      options: [
        option('A', 'Kurs A', 'Course A'),
        option('B', 'Kurs B', 'Course B'),
        option('C', 'Kurs C', 'Course C'),
        option('D', 'Kurs D', 'Course D'),
      ],
    },
    {
      name: 'otherActivity',
      kind: 'text',
      label: t('Vad gör personen?', 'What does the person do?'),
      visibleWhen: { field: 'activities', includes: 'other' },
    },
    ...gatedList(
      {
        name: 'hasPlannedActivities',
        kind: 'yesno',
        label: t('Har personen planerade aktiviteter?', 'Does the person have planned activities?'),
        help: t(
          'Till exempel en praktik, en kurs eller ett arbete som börjar snart.',
          'For example a work placement, a course or a job that starts soon.',
        ),
      },
      {
        name: 'plannedActivities',
        label: t('Planerade aktiviteter', 'Planned activities'),
        itemLabel: t('Aktivitet {n}', 'Activity {n}'),
        addLabel: t('Lägg till en aktivitet', 'Add an activity'),
        max: 10,
        fields: [
          { name: 'description', kind: 'text', label: t('Vad är det?', 'What is it?') },
          { name: 'from', kind: 'date', label: t('Från och med', 'From') },
          { name: 'to', kind: 'date', optional: true, label: t('Till och med (frivilligt)', 'Until (optional)') },
        ],
      },
    ),
  ];
}

export const activityStep: StepDefinition = {
  id: 'activity',
  title: t('Arbete och sysselsättning', 'Work and activities'),
  intro: t(
    'För att få bistånd ska du som kan arbeta stå till arbetsmarknadens förfogande, till exempel söka jobb.',
    'To get assistance, those who can work must be available for work, for example by looking for jobs.',
  ),
  fields: [
    { name: 'applicantActivity', kind: 'group', label: t('Du', 'You'), fields: activityFields() },
    {
      name: 'coApplicantActivity',
      kind: 'group',
      label: t('Din medsökande', 'Your co-applicant'),
      visibleWhen: { field: 'civilStatus', oneOf: CIVIL_STATUSES_WITH_CO_APPLICANT },
      fields: activityFields(),
    },
  ],
};

export const stayStep: StepDefinition = {
  id: 'stay',
  title: t('Vistelse i kommunen', 'Stay in the municipality'),
  fields: [
    {
      name: 'staysInMunicipality',
      kind: 'yesno',
      label: t('Kommer du att vara i kommunen hela månaden?', 'Will you stay in the municipality the whole month?'),
      help: t(
        'Om du reser bort kan det påverka ditt bistånd, till exempel om du inte kan söka jobb under tiden.',
        'Travelling away can affect your assistance, for example if you cannot look for work meanwhile.',
      ),
    },
    {
      name: 'awayFrom',
      kind: 'date',
      label: t('Borta från och med', 'Away from'),
      visibleWhen: { field: 'staysInMunicipality', equals: false },
    },
    {
      name: 'awayTo',
      kind: 'date',
      label: t('Borta till och med', 'Away until'),
      visibleWhen: { field: 'staysInMunicipality', equals: false },
    },
    {
      name: 'awayReason',
      kind: 'textarea',
      label: t('Var ska du vara, och varför?', 'Where will you be, and why?'),
      visibleWhen: { field: 'staysInMunicipality', equals: false },
    },
  ],
};
