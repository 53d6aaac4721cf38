import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { ProblemPage } from '@ebistans/ui';

/** Shown inside the layout when a page crashes, so the user keeps the header and a way back. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <ProblemPage error={useRouteError()}>
      <p>
        <Link to="/">{t('notFound.toStart')}</Link>
      </p>
    </ProblemPage>
  );
}
