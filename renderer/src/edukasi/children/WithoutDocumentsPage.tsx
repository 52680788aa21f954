import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_STATUS_LABELS, SCHOOL_LEVEL_LABELS } from '../../../../electron/shared/edukasi';
import { childPath } from '../paths';
import { eduApi } from '../shared/client';
import { LoadProblem, PageHeader, staffHref, useLoad } from '../shared/reuse';
import '../shared/edukasi.css';

/** Children without akta lahir or KIA: the list the educator takes to Disdukcapil. */
export function WithoutDocumentsPage() {
  const { t } = useTranslation();
  const list = useLoad(useCallback(() => eduApi.call('children.withoutDocuments', {}), []));
  const v = list.value;
  return (
    <div className="edu-page">
      <PageHeader title={t('edukasi.withoutDocuments.title')} intro={t('edukasi.withoutDocuments.intro')} />
      {list.error && <LoadProblem error={list.error} onRetry={list.reload} />}
      {v && <p className="edu-rate-line">{t('edukasi.withoutDocuments.counts', v.counts)}</p>}
      {v && v.items.length === 0 && <p className="edu-empty">{t('edukasi.withoutDocuments.none')}</p>}
      {v && v.items.length > 0 && (
        <table className="edu-table">
          <caption className="da-visually-hidden">{t('edukasi.withoutDocuments.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('edukasi.children.name')}</th>
              <th scope="col">{t('edukasi.children.age')}</th>
              <th scope="col">{t('edukasi.children.birthCertificate')}</th>
              <th scope="col">{t('edukasi.children.kia')}</th>
              <th scope="col">{t('edukasi.detail.bornAbroad')}</th>
              <th scope="col">{t('edukasi.children.school')}</th>
              <th scope="col">{t('edukasi.children.household')}</th>
            </tr>
          </thead>
          <tbody>
            {v.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={staffHref(childPath(c.id))}>{c.fullName}</a>
                </td>
                <td className="edu-num">{c.age ?? ''}</td>
                <td>{DOCUMENT_STATUS_LABELS[c.birthCertificate]}</td>
                <td>{DOCUMENT_STATUS_LABELS[c.kia]}</td>
                <td>{c.bornAbroad ? t('edukasi.common.yes') : t('edukasi.common.no')}</td>
                <td>{SCHOOL_LEVEL_LABELS[c.schoolLevel]}</td>
                <td>{c.householdLabel ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
