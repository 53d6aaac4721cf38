import { useTranslation } from 'react-i18next';
import { useLanguage } from '@ebistans/ui';
import type { MunicipalityDetails } from '../api/get-municipality';

// Only web addresses become links; a setting is no place for a javascript: URL.
const isWebAddress = (text: string) => /^https?:\/\//i.test(text);

/** Where to turn: the municipality's contact details, or general advice when it has none or none is known. */
export function ContactDetails({ municipality }: { municipality: MunicipalityDetails | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const contact = municipality?.contact;
  if (!municipality || !contact) {
    return <p>{t('help.contact.generic', { name: municipality?.name ?? t('help.contact.yourMunicipality') })}</p>;
  }
  return (
    <>
      <p>{t('help.contact.intro', { name: contact.unit?.[language] ?? municipality.name })}</p>
      <dl className="summary-list">
        {contact.phone ? (
          <div className="summary-list__row">
            <dt>{t('help.contact.phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </dd>
          </div>
        ) : null}
        {contact.openingHours ? (
          <div className="summary-list__row">
            <dt>{t('help.contact.openingHours')}</dt>
            <dd>{contact.openingHours[language]}</dd>
          </div>
        ) : null}
        {contact.email ? (
          <div className="summary-list__row">
            <dt>{t('help.contact.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </div>
        ) : null}
        {contact.address ? (
          <div className="summary-list__row">
            <dt>{t('help.contact.address')}</dt>
            <dd>{contact.address}</dd>
          </div>
        ) : null}
        {contact.website ? (
          <div className="summary-list__row">
            <dt>{t('help.contact.website')}</dt>
            <dd>{isWebAddress(contact.website) ? <a href={contact.website}>{contact.website}</a> : contact.website}</dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
