/**
 * Lookups over a parsed model for the explorer: rows for the list, one set's detail with its
 * navigation properties resolved (association -> target type -> the set of that type).
 */
import { CodedError } from '../../../shared/result';
import type {
  Association,
  EntitySetDetail,
  EntitySetRow,
  EntityType,
  MetadataModel,
  ResolvedNavigation,
} from '../../../shared/domain/odata';

export class MetadataIndex {
  private readonly types = new Map<string, EntityType>();
  private readonly associations = new Map<string, Association>();
  private readonly setsByType = new Map<string, string[]>();

  constructor(readonly model: MetadataModel) {
    for (const t of model.entityTypes) this.types.set(t.qualifiedName, t);
    for (const a of model.associations) this.associations.set(a.qualifiedName, a);
    for (const s of model.entitySets) {
      const list = this.setsByType.get(s.entityType) ?? [];
      list.push(s.name);
      this.setsByType.set(s.entityType, list);
    }
  }

  rows(): EntitySetRow[] {
    return this.model.entitySets.map((s) => {
      const type = this.types.get(s.entityType);
      return {
        name: s.name,
        label: s.label ?? type?.label ?? null,
        entityType: s.entityType,
        properties: type?.properties.length ?? 0,
      };
    });
  }

  typeOfSet(name: string): EntityType | undefined {
    const set = this.model.entitySets.find((s) => s.name === name);
    return set ? this.types.get(set.entityType) : undefined;
  }

  detail(name: string): EntitySetDetail {
    const set = this.model.entitySets.find((s) => s.name === name);
    const type = set ? this.types.get(set.entityType) : undefined;
    if (!set || !type)
      throw new CodedError(
        'NOT_FOUND',
        `The entity set "${name}" is not in this metadata. Download it again.`,
      );
    const navigation: ResolvedNavigation[] = type.navigationProperties.map((n) => {
      const end = this.associations.get(n.relationship)?.ends.find((e) => e.role === n.toRole);
      const targets = end ? (this.setsByType.get(end.type) ?? []) : [];
      return {
        ...n,
        targetType: end?.type ?? null,
        targetSet: targets.length === 1 ? (targets[0] ?? null) : null,
        multiplicity: end?.multiplicity ?? null,
      };
    });
    const { navigationProperties: _n, ...rest } = type;
    return {
      set,
      type: rest,
      navigation,
      functionImports: this.model.functionImports.filter((f) => f.entitySet === name),
    };
  }
}
