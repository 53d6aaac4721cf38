import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, type NormLine } from '@ebistans/schema';
import { useLanguage } from '@ebistans/ui';

interface Line {
  id: string;
  label: string;
  /** Applied for (costs) or received (incomes), whole kronor. */
  amount: number;
}

interface CalculationTableProps {
  input: { costs: readonly Line[]; incomes: readonly Line[] };
  /** A calculation: the calculator's result, or one stored with a decision. */
  result: {
    table: { year: number };
    lines: readonly NormLine[];
    norm: number;
    approvedCosts: number;
    countedIncomes: number;
    total: number;
    amount: number;
  };
  /** The approved amount's cell of cost line `index`: an input while deciding, the amount afterwards. */
  approvedCell?: (index: number) => ReactNode;
  /** Extra controls under income line `index` (jobbstimulans). */
  incomeControls?: (index: number) => ReactNode;
}

/**
 * The riksnorm calculation as a table, line by line: the norm, each cost with what was applied for and what
 * is approved, each income with what is counted, and the totals. The calculator words the lines in Swedish.
 */
export function CalculationTable({ input, result, approvedCell, incomeControls }: CalculationTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kr = (amount: number) => formatAmount(amount, language);
  const normLines = result.lines.filter((line) => line.code.startsWith('norm.'));
  const costLines = result.lines.filter((line) => line.code === 'cost');
  const incomeLines = result.lines.filter((line) => line.code === 'income');
  return (
    <div className="table-scroll">
      <table className="table decision-table">
        <caption>{t('decision.table.caption', { year: result.table.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decision.table.line')}</th>
            <th scope="col" className="decision-table__amount">
              {t('decision.table.applied')}
            </th>
            <th scope="col" className="decision-table__amount">
              {t('decision.table.counted')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="rowgroup" colSpan={3}>
              {t('decision.table.norm')}
            </th>
          </tr>
          {normLines.map((line) => (
            <tr key={line.label}>
              <th scope="row">{line.label}</th>
              <td />
              <td className="decision-table__amount">{kr(line.amount)}</td>
            </tr>
          ))}
          <tr>
            <th scope="rowgroup" colSpan={3}>
              {t('decision.table.costs')}
            </th>
          </tr>
          {input.costs.length === 0 ? (
            <tr>
              <td colSpan={3}>{t('decision.table.noCosts')}</td>
            </tr>
          ) : null}
          {input.costs.map((cost, index) => (
            <tr key={cost.id}>
              <th scope="row">{cost.label}</th>
              <td className="decision-table__amount">{kr(cost.amount)}</td>
              <td className="decision-table__amount">
                {approvedCell ? approvedCell(index) : kr(costLines[index]?.amount ?? cost.amount)}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="rowgroup" colSpan={3}>
              {t('decision.table.incomes')}
            </th>
          </tr>
          {input.incomes.length === 0 ? (
            <tr>
              <td colSpan={3}>{t('decision.table.noIncomes')}</td>
            </tr>
          ) : null}
          {input.incomes.map((income, index) => (
            <tr key={income.id}>
              <th scope="row">
                {incomeLines[index]?.label ?? income.label}
                {incomeControls ? incomeControls(index) : null}
              </th>
              <td className="decision-table__amount">{kr(income.amount)}</td>
              <td className="decision-table__amount">{kr(incomeLines[index]?.amount ?? -income.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {(
            [
              { key: 'norm', amount: result.norm },
              { key: 'approvedCosts', amount: result.approvedCosts },
              { key: 'countedIncomes', amount: -result.countedIncomes },
              { key: 'total', amount: result.total },
            ] as const
          ).map(({ key, amount }) => (
            <tr key={key}>
              <th scope="row" colSpan={2}>
                {t(`decision.table.${key}`)}
              </th>
              <td className="decision-table__amount">{kr(amount)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" colSpan={2}>
              {t('decision.table.proposed')}
            </th>
            <td className="decision-table__amount">
              <strong>{kr(result.amount)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
