import { useTranslation } from 'react-i18next';

/** Names the other language in that language ("In English"), with `lang` so it is pronounced right. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const target = t('ui.languageSwitcher.targetLanguage');
  return (
    <button
      type="button"
      className="button button--secondary"
      lang={target}
      onClick={() => void i18n.changeLanguage(target)}
    >
      {t('ui.languageSwitcher.label')}
    </button>
  );
}
