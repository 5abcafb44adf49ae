import { Button, Link, Tag, Title } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import type { EntitySetDetail, EdmProperty } from '../../../../shared/domain/odata';

function facets(p: EdmProperty): string {
  const parts: string[] = [];
  if (p.maxLength !== null) parts.push(`${p.maxLength}`);
  if (p.precision !== null) parts.push(p.scale !== null ? `${p.precision},${p.scale}` : `${p.precision}`);
  return parts.join(' ');
}

/** One set: its properties with their flags, where its navigation leads, its function imports. */
export function EntitySetDetails(props: {
  detail: EntitySetDetail;
  onOpenSet: (name: string) => void;
  onQuery?: (name: string) => void;
}) {
  const { t } = useTranslation('explorer');
  const { set, type, navigation, functionImports } = props.detail;
  const yes = (flag: boolean, label: string) =>
    flag ? (
      <Tag design="Set2" colorScheme="8">
        {label}
      </Tag>
    ) : null;
  return (
    <section
      className="explorer-detail"
      aria-labelledby="explorer-detail-title"
      data-testid="entity-set-detail"
    >
      <div className="explorer-detail-head">
        <Title level="H2" id="explorer-detail-title">
          {set.name}
        </Title>
        {props.onQuery && (
          <Button design="Emphasized" data-testid="open-query" onClick={() => props.onQuery?.(set.name)}>
            {t('buildQuery')}
          </Button>
        )}
      </div>
      <p className="explorer-type">
        {t('entityType')}: <span className="mono">{type.qualifiedName}</span>
        {type.label ? ` — ${type.label}` : ''} · {t('key')}:{' '}
        <span className="mono">{type.keys.join(', ')}</span>
      </p>
      <table className="explorer-table" data-testid="property-table">
        <caption className="visually-hidden">{t('properties')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('property')}</th>
            <th scope="col">{t('label')}</th>
            <th scope="col">{t('type')}</th>
            <th scope="col">{t('facets')}</th>
            <th scope="col">{t('flags')}</th>
            <th scope="col">{t('valueHelp')}</th>
          </tr>
        </thead>
        <tbody>
          {type.properties.map((p) => (
            <tr key={p.name}>
              <td className="mono">
                {p.name}
                {type.keys.includes(p.name) ? ` (${t('key')})` : ''}
              </td>
              <td>{p.label ?? ''}</td>
              <td className="mono">{p.type.replace(/^Edm\./, '')}</td>
              <td>{facets(p)}</td>
              <td className="explorer-flags">
                {yes(!p.nullable, t('flag.required'))}
                {yes(p.filterable, t('flag.filterable'))}
                {yes(p.creatable, t('flag.creatable'))}
                {yes(p.updatable, t('flag.updatable'))}
              </td>
              <td className="mono">{p.valueHelp ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Title level="H3">{t('navigation')}</Title>
      {navigation.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="explorer-nav" data-testid="navigation-list">
          {navigation.map((n) => (
            <li key={n.name}>
              <span className="mono">{n.name}</span> → {n.multiplicity === '*' ? t('many') : t('one')}{' '}
              {n.targetSet ? (
                <Link onClick={() => props.onOpenSet(n.targetSet ?? '')}>{n.targetSet}</Link>
              ) : (
                <span className="mono">{n.targetType ?? '?'}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <Title level="H3">{t('functionImports')}</Title>
      {functionImports.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="explorer-nav">
          {functionImports.map((f) => (
            <li key={f.name}>
              <span className="mono">
                {f.httpMethod ?? 'GET'} {f.name}(
                {f.parameters.map((p) => `${p.name}: ${p.type.replace(/^Edm\./, '')}`).join(', ')})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
