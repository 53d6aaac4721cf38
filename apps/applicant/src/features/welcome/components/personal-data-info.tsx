import { useTranslation } from 'react-i18next';
import { useLanguage } from '@ebistans/ui';
import type { MunicipalityDetails } from '../api/get-municipality';
import { Paragraphs } from './paragraphs';

type Section = keyof MunicipalityDetails['personalData']['sv'];

// The order GDPR art. 13 lists them in, roughly: who, what, why, on what basis, from where, how long, rights.
const sections: Section[] = [
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

/**
 * How the municipality processes the applicant's personal data, in the current language. Each part folds
 * out, so that the whole text is one tap away without making the start page endless on a phone.
 */
export function PersonalDataInfo({ municipality }: { municipality: MunicipalityDetails }) {
  const { t } = useTranslation();
  const text = municipality.personalData[useLanguage()];
  return (
    <section aria-labelledby="personal-data-title">
      <h2 id="personal-data-title">{t('welcome.personalData.title')}</h2>
      <p>{t('welcome.personalData.intro', { name: municipality.name })}</p>
      {sections.map((section) => (
        <details key={section} className="disclosure">
          <summary>{t(`welcome.personalData.${section}`)}</summary>
          <div className="disclosure__body">
            <Paragraphs text={text[section]} />
          </div>
        </details>
      ))}
    </section>
  );
}
