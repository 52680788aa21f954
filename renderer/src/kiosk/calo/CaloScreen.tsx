import { Button } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconFlag,
  IconHelp,
  IconInfoCircle,
  IconPlayerPlay,
  IconRefresh,
  IconShieldCheck,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaloAnswer, CaloQuestions, KioskLang } from '../../../../electron/shared/kiosk';
import { api } from '../../platform/api';
import { ListenButton } from '../article/ListenButton';
import { kioskPath } from '../kiosk-routes';
import { KioskScreen } from '../layout/KioskScreen';
import { PrintButtons } from '../print/PrintButtons';
import { PrintHead } from '../print/PrintHead';
import { updateVisitor, useVisitor } from '../session/visitor';
import { useKioskLang } from '../shared/lang';
import { Note } from '../shared/Note';
import { ScreenFailed, ScreenLoading } from '../shared/ScreenStatus';
import { useLoad } from '../shared/use-load';
import './calo.css';

type CaloState = ReturnType<typeof useCaloState>;

function useCaloState() {
  const started = useVisitor((s) => s.calo.started);
  const index = useVisitor((s) => s.calo.index);
  const answers = useVisitor((s) => s.calo.answers);
  return { started, index, answers };
}

const setCalo = (change: (calo: CaloState) => Partial<CaloState>) =>
  updateVisitor((s) => ({ ...s, calo: { ...s.calo, ...change(s.calo) } }));

/**
 * "Apakah tawaran kerja ini aman?": the warning signs of a calo as yes/no questions, one per
 * screen, then every red flag found with what to do. It never says an offer is safe.
 */
export function CaloScreen() {
  const { t } = useTranslation();
  const lang = useKioskLang();
  const [questions, retry] = useLoad(`calo:${lang}`, () => api.call('calo.questions', { lang }));
  const calo = useCaloState();
  const total = questions.kind === 'ready' ? questions.value.questions.length : 0;
  // "Kembali" walks back through the questions (from the result: to the last one), then to the intro.
  const stepBack = () => setCalo((c) => (c.index === 0 ? { started: false } : { index: Math.min(c.index, total) - 1 }));

  return (
    <KioskScreen
      title={t('kiosk.calo.title')}
      icon={<IconShieldCheck aria-hidden size={44} />}
      parent={kioskPath.category('waspada')}
      onBack={calo.started ? stepBack : undefined}
      className="kiosk-calo"
    >
      {questions.kind === 'loading' && <ScreenLoading />}
      {questions.kind === 'failed' && <ScreenFailed message={questions.message} onRetry={retry} />}
      {questions.kind === 'ready' &&
        (!calo.started ? (
          <CaloIntro questions={questions.value} />
        ) : calo.index < questions.value.questions.length ? (
          <CaloQuestion questions={questions.value} index={calo.index} answers={calo.answers} />
        ) : (
          <CaloResult answers={calo.answers} contentLang={questions.value.contentLang} />
        ))}
    </KioskScreen>
  );
}

function CaloIntro({ questions }: { questions: CaloQuestions }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="kiosk-lead">{questions.intro}</p>
      <p className="kiosk-lead">{t('kiosk.calo.howTo', { n: questions.questions.length })}</p>
      <div className="kiosk-actions">
        <Button
          size="xl"
          leftSection={<IconPlayerPlay aria-hidden size={30} />}
          onClick={() => setCalo(() => ({ started: true, index: 0 }))}
        >
          {t('kiosk.calo.start')}
        </Button>
      </div>
      <Note tone="info" icon={<IconInfoCircle aria-hidden size={32} />}>
        {questions.neverSafeNote}
      </Note>
    </>
  );
}

const ANSWERS: readonly { value: CaloAnswer; Icon: typeof IconCheck }[] = [
  { value: 'yes', Icon: IconCheck },
  { value: 'no', Icon: IconX },
  { value: 'unsure', Icon: IconHelp },
];

function CaloQuestion({
  questions,
  index,
  answers,
}: {
  questions: CaloQuestions;
  index: number;
  answers: Record<string, CaloAnswer>;
}) {
  const { t } = useTranslation();
  const question = questions.questions[index];
  const total = questions.questions.length;
  const textRef = useRef<HTMLHeadingElement>(null);

  // A new question is a new screen: announce it and start keyboard focus there.
  useEffect(() => {
    if (index > 0) textRef.current?.focus({ preventScroll: true });
  }, [index]);

  const answer = (value: CaloAnswer) =>
    setCalo((calo) => ({ answers: { ...calo.answers, [question.id]: value }, index: calo.index + 1 }));

  return (
    <div className="kiosk-calo-question">
      <div className="kiosk-progress">
        <p>{t('kiosk.calo.progress', { n: index + 1, total })}</p>
        <div
          className="kiosk-progress-track"
          role="progressbar"
          aria-label={t('kiosk.calo.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={index + 1}
        >
          <div className="kiosk-progress-bar" style={{ width: `${((index + 1) / total) * 100}%` }} />
        </div>
      </div>
      <h2 ref={textRef} tabIndex={-1} className="kiosk-calo-text" lang={questions.contentLang}>
        {question.text}
      </h2>
      <div className="kiosk-actions">
        {/* Keyed by question: moving on stops the voice reading the previous one. */}
        <ListenButton key={question.id} lines={[question.text]} lang={questions.contentLang} />
      </div>
      <fieldset className="kiosk-answers" aria-label={t('kiosk.calo.answersLabel')}>
        {ANSWERS.map(({ value, Icon }) => (
          <button
            key={value}
            type="button"
            className={`kiosk-answer kiosk-answer-${value}`}
            aria-pressed={answers[question.id] === value}
            onClick={() => answer(value)}
          >
            <Icon aria-hidden size={44} stroke={2.5} />
            <span>{t(`kiosk.calo.answer.${value}`)}</span>
          </button>
        ))}
      </fieldset>
    </div>
  );
}

function CaloResult({ answers, contentLang }: { answers: Record<string, CaloAnswer>; contentLang: KioskLang }) {
  const { t } = useTranslation();
  const lang = useKioskLang();
  const [result, retry] = useLoad(`${lang}:${JSON.stringify(answers)}`, () =>
    api.call('calo.evaluate', { answers, lang }),
  );
  if (result.kind === 'loading') return <ScreenLoading />;
  if (result.kind === 'failed') return <ScreenFailed message={result.message} onRetry={retry} />;
  const { flags, unsure, summary, nextSteps, neverSafeNote } = result.value;
  // Read in the content's language; the summary only when it is written in that language too.
  const speech = [
    ...(lang === contentLang ? [summary] : []),
    ...flags.map((flag) => `${flag.flag}. ${flag.advice}`),
    ...nextSteps,
    neverSafeNote,
  ];

  return (
    <div className="kiosk-calo-result">
      <PrintHead />
      <p className="print-only kiosk-calo-print-title">{t('kiosk.calo.title')}</p>
      <Note
        tone={flags.length > 0 ? 'danger' : 'caution'}
        icon={<IconAlertTriangle aria-hidden size={36} />}
        title={flags.length > 0 ? t('kiosk.calo.flagsFound', { n: flags.length }) : t('kiosk.calo.noFlags')}
      >
        {summary}
      </Note>
      <div className="kiosk-actions no-print">
        <ListenButton lines={speech} lang={contentLang} />
      </div>
      {flags.length > 0 && (
        <section aria-labelledby="calo-flags" className="kiosk-calo-block">
          <h2 id="calo-flags" className="kiosk-section-title">
            {t('kiosk.calo.flagsTitle')}
          </h2>
          <ol className="kiosk-flags">
            {flags.map((flag) => (
              <li key={flag.id} className="kiosk-flag">
                <p className="kiosk-flag-name">
                  <IconFlag aria-hidden size={28} />
                  {flag.flag}
                </p>
                <p>{flag.advice}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {unsure.length > 0 && (
        <section aria-labelledby="calo-unsure" className="kiosk-calo-block">
          <h2 id="calo-unsure" className="kiosk-section-title">
            {t('kiosk.calo.unsureTitle')}
          </h2>
          <ul className="kiosk-plain-list">
            {unsure.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="calo-next" className="kiosk-calo-block">
        <h2 id="calo-next" className="kiosk-section-title">
          {t('kiosk.calo.nextTitle')}
        </h2>
        <ol className="kiosk-plain-list">
          {nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <Note tone="info" icon={<IconInfoCircle aria-hidden size={32} />} title={t('kiosk.calo.neverSafeTitle')}>
        {neverSafeNote}
      </Note>
      <PrintButtons modes={['a4', 'receipt-58', 'receipt-80']} />
      <div className="kiosk-actions no-print">
        <Button
          size="xl"
          variant="default"
          leftSection={<IconRefresh aria-hidden size={30} />}
          onClick={() => setCalo(() => ({ started: false, index: 0, answers: {} }))}
        >
          {t('kiosk.calo.again')}
        </Button>
      </div>
    </div>
  );
}
