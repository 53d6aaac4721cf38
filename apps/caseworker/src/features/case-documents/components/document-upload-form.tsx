import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadProblemText } from '../../../lib/upload-case-documents';
import { useUploadDocuments } from '../api/case-documents';

/** Adds documents to the case: one or more files, stored together or not at all. */
export function DocumentUploadForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadDocuments(caseId);
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<number>();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setDone(undefined);
        const files = [...(input.current?.files ?? [])];
        setMissing(files.length === 0);
        if (files.length === 0) return input.current?.focus();
        upload.mutate(files, {
          onSuccess: (created) => {
            setDone(created.length);
            if (input.current) input.current.value = '';
          },
        });
      }}
    >
      <h3>{t('caseDocuments.upload.heading')}</h3>
      <div className={missing ? 'field field--error' : 'field'}>
        <label className="field-label" htmlFor={id}>
          {t('caseDocuments.upload.label')}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('caseDocuments.upload.hint')}
        </p>
        {missing ? (
          <p className="field-error" id={`${id}-error`}>
            {t('caseDocuments.upload.missing')}
          </p>
        ) : null}
        <input
          ref={input}
          id={id}
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic,image/heif"
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </div>
      <button type="submit" className="button" disabled={upload.isPending}>
        {upload.isPending ? t('caseDocuments.upload.pending') : t('caseDocuments.upload.submit')}
      </button>
      <div role="status">{done && !upload.error ? <p>{t('caseDocuments.upload.done', { count: done })}</p> : null}</div>
      {upload.error ? (
        <p role="alert" className="field-error">
          {uploadProblemText(upload.error, t)}
        </p>
      ) : null}
    </form>
  );
}
