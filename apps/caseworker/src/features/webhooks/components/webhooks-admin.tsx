import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, TextField, isProblem, problemMessage } from '@ebistans/ui';
import { ConfirmStep } from '../../../components/confirm-step';
import { SecretShownOnce } from '../../../components/secret-shown-once';
import {
  eventKey,
  useCreateWebhook,
  useDeleteWebhook,
  useRotateWebhookSecret,
  useSetWebhookActive,
  webhookEventTypes,
  type Webhook,
  type WebhookEventType,
} from '../api/webhooks';
import { WebhookDeliveries } from './webhook-deliveries';

interface ShownSecret {
  subscription: Webhook;
  secret: string;
}

/**
 * The municipality's webhooks: the case system's URLs that get signed case events. A new signing secret is
 * shown once, here; a subscription's delivery log opens below the list, where a delivery can be sent again.
 */
export function WebhooksAdmin({ items }: { items: Webhook[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ShownSecret | undefined>();
  const [logOf, setLogOf] = useState<Webhook | undefined>();
  const open = logOf && items.find((item) => item.id === logOf.id);
  return (
    <>
      {shown ? <SecretPanel shown={shown} onDone={() => setShown(undefined)} /> : null}
      <WebhooksTable items={items} onSecret={setShown} onShowLog={setLogOf} />
      {open ? <WebhookDeliveries key={open.id} subscription={open} onClose={() => setLogOf(undefined)} /> : null}
      <h2>{t('webhooks.create.heading')}</h2>
      <CreateForm onCreated={setShown} />
    </>
  );
}

function SecretPanel({ shown, onDone }: { shown: ShownSecret; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <SecretShownOnce
      heading={t('webhooks.secret.heading', { url: shown.subscription.url })}
      warning={t('webhooks.secret.warning')}
      howTo={t('webhooks.secret.howTo')}
      doneLabel={t('webhooks.secret.done')}
      secret={shown.secret}
      onDone={onDone}
    >
      <TextField
        name="webhook-secret"
        label={t('webhooks.secret.label')}
        hint={t('webhooks.secret.copyHint')}
        value={shown.secret}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
      />
    </SecretShownOnce>
  );
}

function WebhooksTable({
  items,
  onSecret,
  onShowLog,
}: {
  items: Webhook[];
  onSecret: (shown: ShownSecret) => void;
  onShowLog: (item: Webhook) => void;
}) {
  const { t } = useTranslation();
  const rotate = useRotateWebhookSecret();
  const setActive = useSetWebhookActive();
  const remove = useDeleteWebhook();
  const [done, setDone] = useState<string | undefined>();
  const error = rotate.error ?? setActive.error ?? remove.error;

  if (items.length === 0) return <p>{t('webhooks.empty')}</p>;
  return (
    <>
      <div role="status">{done ? <p className="notice">{done}</p> : null}</div>
      {error ? <p role="alert">{problemMessage(error, t)}</p> : null}
      <div className="table-scroll">
        <table className="table">
          <caption>{t('webhooks.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('webhooks.column.url')}</th>
              <th scope="col">{t('webhooks.column.events')}</th>
              <th scope="col">{t('webhooks.column.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('webhooks.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  <code>{item.url}</code>
                </th>
                <td>{item.events.map((type) => t(`webhooks.event.${eventKey(type)}`)).join(', ')}</td>
                <td>{item.active ? t('webhooks.status.active') : t('webhooks.status.inactive')}</td>
                <td>
                  <div>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('webhooks.showLogLabel', { url: item.url })}
                      onClick={() => onShowLog(item)}
                    >
                      {t('webhooks.showLog')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={setActive.isPending}
                      onClick={() =>
                        setActive.mutate(
                          { subscriptionId: item.id, active: !item.active },
                          {
                            onSuccess: () =>
                              setDone(
                                t(item.active ? 'webhooks.deactivated' : 'webhooks.activated', { url: item.url }),
                              ),
                          },
                        )
                      }
                    >
                      {item.active ? t('webhooks.deactivate') : t('webhooks.activate')}
                    </button>
                    <ConfirmStep
                      label={t('webhooks.rotate')}
                      triggerClassName="button button--secondary"
                      question={t('webhooks.rotateQuestion', { url: item.url })}
                      confirmLabel={t('webhooks.rotateConfirm')}
                      confirmClassName="button"
                      cancelLabel={t('webhooks.cancel')}
                      pending={rotate.isPending}
                      stayOpenWhilePending
                      onConfirm={(close) => rotate.mutate(item.id, { onSuccess: onSecret, onSettled: close })}
                    />
                    <ConfirmStep
                      label={t('webhooks.delete')}
                      triggerClassName="button button--danger"
                      question={t('webhooks.deleteQuestion', { url: item.url })}
                      confirmLabel={t('webhooks.deleteConfirm')}
                      confirmClassName="button button--danger"
                      cancelLabel={t('webhooks.cancel')}
                      pending={remove.isPending}
                      stayOpenWhilePending
                      onConfirm={(close) =>
                        remove.mutate(item.id, {
                          onSuccess: () => setDone(t('webhooks.deleted', { url: item.url })),
                          onSettled: close,
                        })
                      }
                    />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function CreateForm({ onCreated }: { onCreated: (shown: ShownSecret) => void }) {
  const { t } = useTranslation();
  const create = useCreateWebhook();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([]);
  const [errors, setErrors] = useState<{ url?: string; events?: string }>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = url.trim();
    const found = {
      ...(/^https?:\/\/\S+$/i.test(trimmed) ? {} : { url: t('webhooks.create.urlInvalid') }),
      ...(events.length > 0 ? {} : { events: t('webhooks.create.eventsRequired') }),
    };
    setErrors(found);
    if (found.url || found.events) return;
    create.mutate(
      { url: trimmed, events },
      {
        onSuccess: (created) => {
          setUrl('');
          setEvents([]);
          onCreated(created);
        },
      },
    );
  };

  const refused = isProblem(create.error, 'https-required')
    ? t('webhooks.create.httpsRequired')
    : isProblem(create.error, 'validation')
      ? t('webhooks.create.urlInvalid')
      : undefined;

  return (
    <form onSubmit={onSubmit} noValidate>
      <TextField
        name="webhook-url"
        label={t('webhooks.create.url')}
        hint={t('webhooks.create.urlHint')}
        type="url"
        value={url}
        error={errors.url ?? refused}
        maxLength={2000}
        onChange={(event) => setUrl(event.target.value)}
      />
      <CheckboxGroup
        name="webhook-events"
        legend={t('webhooks.create.events')}
        choices={webhookEventTypes.map((type) => ({
          value: type,
          label: (
            <>
              {t(`webhooks.event.${eventKey(type)}`)} <code>{type}</code>
            </>
          ),
        }))}
        value={events}
        error={errors.events}
        onChange={(chosen) => setEvents(webhookEventTypes.filter((type) => chosen.includes(type)))}
      />
      {create.error && !refused ? <p role="alert">{problemMessage(create.error, t)}</p> : null}
      <button type="submit" className="button" disabled={create.isPending}>
        {t('webhooks.create.submit')}
      </button>
    </form>
  );
}
