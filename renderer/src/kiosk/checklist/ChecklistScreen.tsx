import { Button } from '@mantine/core';
import {
  IconAdjustments,
  IconBuilding,
  IconBuildingBank,
  IconHeart,
  IconHeartBroken,
  IconInfoCircle,
  IconListCheck,
  IconQrcode,
  IconUser,
  IconUserCheck,
  IconWorld,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistResult } from '../../../../electron/shared/kiosk';
import { api } from '../../platform/api';
import { kioskPath } from '../kiosk-routes';
import { KioskScreen } from '../layout/KioskScreen';
import { PrintButtons } from '../print/PrintButtons';
import { PrintHead } from '../print/PrintHead';
import { updateVisitor, useVisitor } from '../session/visitor';
import { KioskLink } from '../shared/KioskLink';
import { useKioskLang } from '../shared/lang';
import { Note } from '../shared/Note';
import { ScreenFailed, ScreenLoading } from '../shared/ScreenStatus';
import { useLoad } from '../shared/use-load';
import { QrCode } from './QrCode';
import { splitSharedNotes } from './shared-notes';
import './checklist.css';

/** The placement schemes and marital statuses of resources/content/checklists.json. */
const SCHEMES = [
  { id: 'p_to_p', Icon: IconBuilding },
  { id: 'g_to_g', Icon: IconBuildingBank },
  { id: 'g_to_p', Icon: IconWorld },
  { id: 'independent', Icon: IconUserCheck },
] as const;

const MARITAL = [
  { id: 'single', Icon: IconUser },
  { id: 'married', Icon: IconHeart },
  { id: 'divorced_widowed', Icon: IconHeartBroken },
] as const;

const setChecklist = (change: Partial<{ scheme: string | null; marital: string | null; checked: string[] }>) =>
  updateVisitor((s) => ({ ...s, checklist: { ...s.checklist, ...change } }));

/**
 * "Daftar dokumen saya": two big choices (scheme, then marital status), then the documents to
 * bring, to tick off on screen, take home as a QR code, or print. Nothing is stored.
 */
export function ChecklistScreen() {
  const { t } = useTranslation();
  const scheme = useVisitor((s) => s.checklist.scheme);
  const marital = useVisitor((s) => s.checklist.marital);
  const schemeId = SCHEMES.find((s) => s.id === scheme)?.id;

  return (
    <KioskScreen
      title={t('kiosk.checklist.title')}
      icon={<IconListCheck aria-hidden size={44} />}
      parent={kioskPath.category('syarat')}
      onBack={
        scheme === null
          ? undefined
          : marital === null
            ? () => setChecklist({ scheme: null })
            : () => setChecklist({ marital: null, checked: [] })
      }
      className="kiosk-checklist"
    >
      {scheme === null ? (
        <>
          <h2 className="kiosk-section-title">{t('kiosk.checklist.schemeQuestion')}</h2>
          <div className="kiosk-choices">
            {SCHEMES.map(({ id, Icon }) => (
              <button key={id} type="button" className="kiosk-choice" onClick={() => setChecklist({ scheme: id })}>
                <Icon aria-hidden size={44} />
                <span className="kiosk-choice-text">
                  <span>{t(`kiosk.checklist.scheme.${id}`)}</span>
                  <span className="kiosk-choice-hint">{t(`kiosk.checklist.schemeHint.${id}`)}</span>
                </span>
              </button>
            ))}
          </div>
          <p>
            {t('kiosk.checklist.schemeUnsure')}{' '}
            <KioskLink to={kioskPath.category('jalur')} className="kiosk-inline-link">
              {t('kiosk.tiles.jalur')}
            </KioskLink>
          </p>
        </>
      ) : marital === null ? (
        <>
          <p className="kiosk-lead">
            {t('kiosk.checklist.chosenScheme', { scheme: schemeId ? t(`kiosk.checklist.scheme.${schemeId}`) : scheme })}
          </p>
          <h2 className="kiosk-section-title">{t('kiosk.checklist.maritalQuestion')}</h2>
          <div className="kiosk-choices">
            {MARITAL.map(({ id, Icon }) => (
              <button key={id} type="button" className="kiosk-choice" onClick={() => setChecklist({ marital: id })}>
                <Icon aria-hidden size={44} />
                <span className="kiosk-choice-text">
                  <span>{t(`kiosk.checklist.marital.${id}`)}</span>
                </span>
              </button>
            ))}
          </div>
        </>
      ) : (
        <ChecklistResultView scheme={scheme} marital={marital} />
      )}
    </KioskScreen>
  );
}

function ChecklistResultView({ scheme, marital }: { scheme: string; marital: string }) {
  const lang = useKioskLang();
  const [state, retry] = useLoad(`${scheme}:${marital}:${lang}`, () =>
    api.call('checklist.get', { scheme, marital, lang }),
  );
  if (state.kind === 'loading') return <ScreenLoading />;
  if (state.kind === 'failed') return <ScreenFailed message={state.message} onRetry={retry} />;
  return <ChecklistView list={state.value} />;
}

function ChecklistView({ list }: { list: ChecklistResult }) {
  const { t } = useTranslation();
  const checked = useVisitor((s) => s.checklist.checked);
  const { shared, items } = useMemo(() => splitSharedNotes(list.items), [list.items]);
  const toggle = (id: string) =>
    setChecklist({ checked: checked.includes(id) ? checked.filter((c) => c !== id) : [...checked, id] });

  return (
    <div className="kiosk-checklist-result print-sheet">
      <PrintHead />
      <p className="print-only kiosk-checklist-print-title">{t('kiosk.checklist.printTitle')}</p>
      <p className="kiosk-lead" lang={list.contentLang}>
        {t('kiosk.checklist.summary', { scheme: list.scheme.label, marital: list.marital.label })}
      </p>
      {(list.scheme.note || shared.length > 0) && (
        <Note tone="info" icon={<IconInfoCircle aria-hidden size={32} />}>
          <ul className="kiosk-checklist-notes" lang={list.contentLang}>
            {[...(list.scheme.note ? [list.scheme.note] : []), ...shared].map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </Note>
      )}
      <div className="kiosk-checklist-columns">
        <fieldset className="kiosk-checklist-items">
          <legend className="kiosk-section-title">{t('kiosk.checklist.itemsTitle', { n: list.items.length })}</legend>
          <p className="no-print kiosk-checklist-hint">{t('kiosk.checklist.tickHint')}</p>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <label className="kiosk-check">
                  <input type="checkbox" checked={checked.includes(item.id)} onChange={() => toggle(item.id)} />
                  <span className="kiosk-check-text" lang={list.contentLang}>
                    <span className="kiosk-check-label">{item.text}</span>
                    {item.note && <span className="kiosk-check-note">{item.note}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <aside className="kiosk-qr-box" aria-labelledby="kiosk-qr-title">
          <p id="kiosk-qr-title" className="kiosk-qr-title">
            <IconQrcode aria-hidden size={30} />
            {t('kiosk.checklist.qrTitle')}
          </p>
          <QrCode text={list.qrText} label={t('kiosk.checklist.qrLabel')} />
          <p className="kiosk-qr-hint">{t('kiosk.checklist.qrHint')}</p>
          <PrintButtons modes={['a4', 'receipt-58', 'receipt-80']} />
        </aside>
      </div>
      <p className="kiosk-checklist-warning">{t('kiosk.checklist.warning')}</p>
      <div className="kiosk-actions no-print">
        <Button
          size="xl"
          variant="default"
          leftSection={<IconAdjustments aria-hidden size={30} />}
          onClick={() => setChecklist({ scheme: null, marital: null, checked: [] })}
        >
          {t('kiosk.checklist.change')}
        </Button>
      </div>
    </div>
  );
}
