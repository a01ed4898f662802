import type { DocEntity } from '../../../shared/entities';

interface EntityAliasesProps {
  entity: DocEntity;
  onSplit(alias: string): void;
}

/** The entity's other names; a wrong one can be split off into an entity of its own. */
export function EntityAliases({ entity, onSplit }: EntityAliasesProps) {
  const aliases = entity.aliases.filter((alias) => alias !== entity.canonical);
  if (aliases.length === 0) return null;
  return (
    <section className="entity-card-section" aria-label="Also written as">
      <h4 className="entity-card-heading">Also written as</h4>
      <ul className="entity-aliases">
        {aliases.map((alias) => (
          <li key={alias} className="entity-alias">
            <span className="entity-alias-name">{alias}</span>
            <button
              type="button"
              className="entity-alias-split"
              aria-label={`Split off ${alias}`}
              title={`Make “${alias}” an entity of its own`}
              onClick={() => onSplit(alias)}
            >
              Split off
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
