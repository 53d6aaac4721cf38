import { useTranslation } from 'react-i18next';

/** Said at the top of the case page, with a way straight to the messages further down. */
export function UnreadNotice({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <div className="notice">
      <p>
        <strong>{t('messages.unread', { count })}</strong>
      </p>
      <p>
        <a href="#meddelanden">{t('messages.toThread')}</a>
      </p>
    </div>
  );
}
