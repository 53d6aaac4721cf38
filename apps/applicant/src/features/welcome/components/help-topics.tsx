import { useTranslation } from 'react-i18next';
import type { MunicipalityDetails } from '../api/get-municipality';
import { ContactDetails } from './contact-details';

/** Short answers to what applicants ask most, each under its own heading so that it can be found and linked. */
export function HelpTopics({ municipality }: { municipality: MunicipalityDetails | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="help-login">
        <h2 id="help-login">{t('help.login.title')}</h2>
        <p>{t('help.login.intro')}</p>
        <ul>
          <li>{t('help.login.bankid')}</li>
          <li>{t('help.login.password')}</li>
        </ul>
        <p>{t('help.login.trouble')}</p>
      </section>

      <section aria-labelledby="help-receipt">
        <h2 id="help-receipt">{t('help.receipt.title')}</h2>
        <p>{t('help.receipt.what')}</p>
        <p>{t('help.receipt.photoIntro')}</p>
        <ol>
          <li>{t('help.receipt.photo1')}</li>
          <li>{t('help.receipt.photo2')}</li>
          <li>{t('help.receipt.photo3')}</li>
          <li>{t('help.receipt.photo4')}</li>
        </ol>
      </section>

      <section aria-labelledby="help-after">
        <h2 id="help-after">{t('help.after.title')}</h2>
        <p>{t('help.after.caseNumber')}</p>
        <p>{t('help.after.supplement')}</p>
        <p>{t('help.after.decision')}</p>
      </section>

      <section aria-labelledby="help-interpreter">
        <h2 id="help-interpreter">{t('help.interpreter.title')}</h2>
        <p>{t('help.interpreter.right')}</p>
        <p>{t('help.interpreter.how')}</p>
      </section>

      <section aria-labelledby="help-contact">
        <h2 id="help-contact">{t('help.contact.title')}</h2>
        <p>{t('help.contact.caseworker')}</p>
        <ContactDetails municipality={municipality} />
        <p>{t('help.contact.urgent')}</p>
        <p>{t('help.contact.technical')}</p>
      </section>
    </>
  );
}
