import { useTranslation } from 'react-i18next';

export type CaseColour = 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple' | 'grey';
export const caseColours: readonly CaseColour[] = ['red', 'orange', 'yellow', 'green', 'blue', 'purple', 'grey'];

/** Dark enough for white text (4.5:1) on every label. */
const swatches: Record<CaseColour, string> = {
  red: '#b3261e',
  orange: '#a04500',
  yellow: '#6b5800',
  green: '#1e6b33',
  blue: '#1d4f91',
  purple: '#6a2c91',
  grey: '#505a5f',
};

/** A colour label with its name written out, so it never depends on seeing the colour. */
export function ColourLabel({ colour }: { colour: CaseColour }) {
  const { t } = useTranslation();
  return (
    <span className="tag" style={{ background: swatches[colour] }}>
      {t(`colour.${colour}`)}
    </span>
  );
}
