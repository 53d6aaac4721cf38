import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, TextField, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { ConfirmStep } from '../../../components/confirm-step';
import { SecretShownOnce } from '../../../components/secret-shown-once';
import {
  integrationScopes,
  useCreateIntegrationClient,
  useRevokeIntegrationClient,
  useRotateIntegrationClient,
  type IntegrationClient,
  type IntegrationScope,
} from '../api/integration-clients';

/** `cases:read` as a locale key: i18next reads a colon as a namespace separator. */
const scopeKey = (scope: IntegrationScope) => scope.replace(':', '-');

interface ShownSecret {
  client: IntegrationClient;
  clientSecret: string;
}

/**
 * The municipality's API clients for case systems: create one, replace its secret, revoke it. A new
 * secret is shown once, here, with what the case system needs to get tokens; the API keeps only a hash.
 */
export function IntegrationClientsAdmin({ items }: { items: IntegrationClient[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ShownSecret | undefined>();
  return (
    <>
      {shown ? <SecretPanel shown={shown} onDone={() => setShown(undefined)} /> : null}
      <ClientsTable items={items} onRotated={setShown} />
      <h2>{t('integrationClients.create.heading')}</h2>
      <CreateForm onCreated={setShown} />
    </>
  );
}

function SecretPanel({ shown, onDone }: { shown: ShownSecret; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <SecretShownOnce
      heading={t('integrationClients.secret.heading', { name: shown.client.name })}
      warning={t('integrationClients.secret.warning')}
      howTo={t('integrationClients.secret.howTo')}
      doneLabel={t('integrationClients.secret.done')}
      secret={shown.clientSecret}
      onDone={onDone}
    >
      <TextField name="client-id" label={t('integrationClients.secret.clientId')} value={shown.client.id} readOnly />
      <TextField
        name="client-secret"
        label={t('integrationClients.secret.clientSecret')}
        hint={t('integrationClients.secret.copyHint')}
        value={shown.clientSecret}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
      />
    </SecretShownOnce>
  );
}

function ClientsTable({ items, onRotated }: { items: IntegrationClient[]; onRotated: (shown: ShownSecret) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rotate = useRotateIntegrationClient();
  const revoke = useRevokeIntegrationClient();
  const [revoked, setRevoked] = useState<string | undefined>();
  const when = (at: string | null) => (at ? formatDateTime(at, language) : '–');

  if (items.length === 0) return <p>{t('integrationClients.empty')}</p>;
  return (
    <>
      <div role="status">
        {revoked ? <p className="notice">{t('integrationClients.revoked', { name: revoked })}</p> : null}
      </div>
      {rotate.error || revoke.error ? <p role="alert">{problemMessage(rotate.error ?? revoke.error, t)}</p> : null}
      <div className="table-scroll">
        <table className="table">
          <caption>{t('integrationClients.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('integrationClients.column.name')}</th>
              <th scope="col">{t('integrationClients.column.scopes')}</th>
              <th scope="col">{t('integrationClients.column.secret')}</th>
              <th scope="col">{t('integrationClients.column.lastUsed')}</th>
              <th scope="col">{t('integrationClients.column.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('integrationClients.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.name}</th>
                <td>{item.scopes.map((scope) => t(`integrationClients.scope.${scopeKey(scope)}`)).join(', ')}</td>
                <td>
                  <span className="visually-hidden">{t('integrationClients.endsWith')} </span>…{item.secretLast4}
                </td>
                <td>{when(item.lastUsedAt)}</td>
                <td>
                  {item.revokedAt
                    ? t('integrationClients.status.revoked', { at: when(item.revokedAt) })
                    : t('integrationClients.status.active')}
                </td>
                <td>
                  {item.revokedAt ? null : (
                    <div>
                      <ConfirmStep
                        label={t('integrationClients.rotate')}
                        triggerClassName="button button--secondary"
                        question={t('integrationClients.rotateQuestion', { name: item.name })}
                        confirmLabel={t('integrationClients.rotateConfirm')}
                        confirmClassName="button"
                        cancelLabel={t('integrationClients.cancel')}
                        pending={rotate.isPending}
                        stayOpenWhilePending
                        onConfirm={(close) => rotate.mutate(item.id, { onSuccess: onRotated, onSettled: close })}
                      />
                      <ConfirmStep
                        label={t('integrationClients.revoke')}
                        triggerClassName="button button--danger"
                        question={t('integrationClients.revokeQuestion', { name: item.name })}
                        confirmLabel={t('integrationClients.revokeConfirm')}
                        confirmClassName="button button--danger"
                        cancelLabel={t('integrationClients.cancel')}
                        pending={revoke.isPending}
                        stayOpenWhilePending
                        onConfirm={(close) =>
                          revoke.mutate(item.id, { onSuccess: () => setRevoked(item.name), onSettled: close })
                        }
                      />
                    </div>
                  )}
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
  const create = useCreateIntegrationClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<IntegrationScope[]>([]);
  const [errors, setErrors] = useState<{ name?: string; scopes?: string }>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(name.trim() ? {} : { name: t('integrationClients.create.nameRequired') }),
      ...(scopes.length > 0 ? {} : { scopes: t('integrationClients.create.scopesRequired') }),
    };
    setErrors(found);
    if (found.name || found.scopes) return;
    create.mutate(
      { name: name.trim(), scopes },
      {
        onSuccess: (created) => {
          setName('');
          setScopes([]);
          onCreated(created);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <TextField
        name="client-name"
        label={t('integrationClients.create.name')}
        hint={t('integrationClients.create.nameHint')}
        value={name}
        error={errors.name}
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
      />
      <CheckboxGroup
        name="client-scopes"
        legend={t('integrationClients.create.scopes')}
        choices={integrationScopes.map((scope) => ({
          value: scope,
          label: (
            <>
              {t(`integrationClients.scope.${scopeKey(scope)}`)} <code>{scope}</code>
            </>
          ),
        }))}
        value={scopes}
        error={errors.scopes}
        onChange={(chosen) => setScopes(integrationScopes.filter((scope) => chosen.includes(scope)))}
      />
      {create.error ? <p role="alert">{problemMessage(create.error, t)}</p> : null}
      <button type="submit" className="button" disabled={create.isPending}>
        {t('integrationClients.create.submit')}
      </button>
    </form>
  );
}
