import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface WhatYouCanDoProps {
  /** Where an application starts or continues. */
  applicationPath: string;
  casesPath: string;
  /** An application has been started and not sent; the main action then continues it. */
  hasDraft: boolean;
}

/** The start page's menu: apply, continue, or see what has happened with earlier applications. */
export function WhatYouCanDo({ applicationPath, casesPath, hasDraft }: WhatYouCanDoProps) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('welcome.canDo.intro')}</p>
      <ul>
        <li>{t('welcome.canDo.apply')}</li>
        <li>{t('welcome.canDo.continue')}</li>
        <li>{t('welcome.canDo.cases')}</li>
      </ul>
      <div className="button-group">
        <Link to={applicationPath} className="button">
          {hasDraft ? t('welcome.canDo.continueApplication') : t('welcome.canDo.newApplication')}
        </Link>
        <Link to={casesPath}>{t('welcome.canDo.toCases')}</Link>
      </div>
    </>
  );
}
