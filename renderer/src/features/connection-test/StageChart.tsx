import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/messages/say';
import { useMessages } from '../../i18n/messages';
import type { TestResult } from '../../../../shared/domain/diagnosis';

type Stage = TestResult['stages'][number];

/** The stages as horizontal bars in plain SVG, each as long as its share of the total time. */
export function StageChart({ stages }: { stages: Stage[] }) {
  const { t } = useTranslation('connection-test');
  const { lang } = useMessages();
  const total = Math.max(1, ...stages.map((s) => s.ms));
  const row = 22;
  return (
    <svg
      className="ct-chart"
      role="img"
      aria-label={t('stages.chart')}
      viewBox={`0 0 400 ${stages.length * row}`}
      width="100%"
      height={stages.length * row}
      preserveAspectRatio="none"
      data-testid="stage-chart"
    >
      {stages.map((s, i) => {
        const width = Math.max(2, (s.ms / total) * 230);
        return (
          <g key={s.name} transform={`translate(0 ${i * row})`}>
            <text x="0" y="15" className="ct-chart-label">
              {t(`stages.${s.name}`)}
            </text>
            <rect
              x="60"
              y="4"
              width={width}
              height="14"
              rx="2"
              className={s.ok ? 'ct-bar-ok' : 'ct-bar-fail'}
            />
            <text x={66 + width} y="15" className="ct-chart-label">
              {`${formatNumber(lang, s.ms, 1)} ms`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
