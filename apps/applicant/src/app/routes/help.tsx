import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@ebistans/ui';
import { useMe } from '../../features/auth/api/get-me';
import { rememberedMunicipality } from '../../features/auth/lib/chosen-municipality';
import { useMunicipalityDetails } from '../../features/welcome/api/get-municipality';
import { HelpTopics } from '../../features/welcome/components/help-topics';

export const helpPath = '/hjalp';

/** Help for anyone, logged in or not; contact details are the applicant's municipality's when it is known. */
export function HelpRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const me = useMe();
  const slug = me.data?.municipality?.slug ?? searchParams.get('kommun') ?? rememberedMunicipality();
  const municipality = useMunicipalityDetails(slug);
  const title = t('help.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t('help.intro')}</p>
      <HelpTopics municipality={municipality.data} />
      <p>
        <Link to="/">{t('help.back')}</Link>
      </p>
    </>
  );
}
