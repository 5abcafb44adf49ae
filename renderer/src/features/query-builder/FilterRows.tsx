import { Button, Input, Option, Select } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/decline.js';
import '@ui5/webcomponents-icons/dist/add.js';
import { useTranslation } from 'react-i18next';
import type { EdmProperty } from '../../../../shared/domain/odata';
import { COMPARISONS, FUNCTIONS, type FilterOperator, type FilterRow } from '../../../../shared/odata/query';

const OPERATORS: FilterOperator[] = [...COMPARISONS, ...FUNCTIONS];

/** $filter rows: property, operator, value, and how each row joins the one before. */
export function FilterRows(props: {
  rows: FilterRow[];
  properties: EdmProperty[];
  onChange: (rows: FilterRow[]) => void;
}) {
  const { t } = useTranslation('query');
  const { rows, properties } = props;
  const update = (i: number, patch: Partial<FilterRow>) => {
    props.onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const hint = (name: string) => {
    const type = properties.find((p) => p.name === name)?.type ?? 'Edm.String';
    return t(`hint.${type.replace('Edm.', '')}`, { defaultValue: '' });
  };
  return (
    <div className="qb-filters" data-testid="filter-rows">
      {rows.map((row, i) => (
        <div className="qb-filter-row" key={i} data-testid={`filter-row-${i}`}>
          {i > 0 ? (
            <Select
              accessibleName={t('join')}
              className="qb-join"
              value={row.join}
              onChange={(e) => {
                update(i, { join: e.detail.selectedOption.dataset.value === 'or' ? 'or' : 'and' });
              }}
            >
              <Option data-value="and" value="and">
                {t('and')}
              </Option>
              <Option data-value="or" value="or">
                {t('or')}
              </Option>
            </Select>
          ) : (
            <span className="qb-join">{t('where')}</span>
          )}
          <Select
            accessibleName={t('filterProperty')}
            data-testid={`filter-property-${i}`}
            value={row.property}
            onChange={(e) => {
              update(i, { property: e.detail.selectedOption.dataset.value ?? '' });
            }}
          >
            {properties
              .filter((p) => p.filterable || p.name === row.property)
              .map((p) => (
                <Option key={p.name} data-value={p.name} value={p.name}>
                  {p.name}
                </Option>
              ))}
          </Select>
          <Select
            accessibleName={t('operator')}
            data-testid={`filter-operator-${i}`}
            value={row.operator}
            onChange={(e) => {
              update(i, { operator: (e.detail.selectedOption.dataset.value ?? 'eq') as FilterOperator });
            }}
          >
            {OPERATORS.map((op) => (
              <Option key={op} data-value={op} value={op}>
                {t(`op.${op}`)}
              </Option>
            ))}
          </Select>
          <Input
            accessibleName={t('value')}
            data-testid={`filter-value-${i}`}
            placeholder={hint(row.property)}
            value={row.value}
            onInput={(e) => {
              update(i, { value: e.target.value });
            }}
          />
          <Button
            icon="decline"
            design="Transparent"
            accessibleName={t('removeFilter')}
            onClick={() => {
              props.onChange(rows.filter((_, j) => j !== i));
            }}
          />
        </div>
      ))}
      <Button
        icon="add"
        data-testid="add-filter"
        disabled={properties.length === 0}
        onClick={() => {
          const first = properties.find((p) => p.filterable) ?? properties[0];
          props.onChange([...rows, { property: first?.name ?? '', operator: 'eq', value: '', join: 'and' }]);
        }}
      >
        {t('addFilter')}
      </Button>
    </div>
  );
}
