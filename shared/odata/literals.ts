/**
 * OData V2 literals by EDM type (OData V2 URI conventions, "Abstract Type System" literal forms):
 * the builder writes them, the URL reader reads them back. Pure: used by the renderer and the CLI.
 */

export type LiteralResult = { ok: true; literal: string } | { ok: false; reason: LiteralProblem };
export type LiteralProblem =
  'NOT_A_NUMBER' | 'NOT_AN_INTEGER' | 'NOT_A_BOOLEAN' | 'NOT_A_GUID' | 'NOT_A_DATE_TIME' | 'NOT_A_DURATION';

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const FLOAT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// Local date-time for Edm.DateTime (no zone), with a zone for Edm.DateTimeOffset.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/;
const DATE_TIME_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^-?P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** A string literal: single quotes, a quote inside doubled. */
export const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

const good = (literal: string): LiteralResult => ({ ok: true, literal });
const bad = (reason: LiteralProblem): LiteralResult => ({ ok: false, reason });

/** Writes `value` (as the user typed it) as a literal of `edmType`. Unknown types are strings. */
export function formatLiteral(edmType: string, raw: string): LiteralResult {
  const value = raw.trim();
  switch (edmType) {
    case 'Edm.Boolean':
      return value === 'true' || value === 'false' ? good(value) : bad('NOT_A_BOOLEAN');
    case 'Edm.Byte':
    case 'Edm.SByte':
    case 'Edm.Int16':
    case 'Edm.Int32':
      return INTEGER.test(value) ? good(value) : bad('NOT_AN_INTEGER');
    case 'Edm.Int64':
      return INTEGER.test(value) ? good(`${value}L`) : bad('NOT_AN_INTEGER');
    case 'Edm.Decimal':
      return DECIMAL.test(value) ? good(`${value}M`) : bad('NOT_A_NUMBER');
    case 'Edm.Double':
      return FLOAT.test(value) ? good(`${value}d`) : bad('NOT_A_NUMBER');
    case 'Edm.Single':
      return FLOAT.test(value) ? good(`${value}f`) : bad('NOT_A_NUMBER');
    case 'Edm.Guid':
      return GUID.test(value) ? good(`guid'${value}'`) : bad('NOT_A_GUID');
    case 'Edm.DateTime':
      return DATE_TIME.test(value) ? good(`datetime'${value}'`) : bad('NOT_A_DATE_TIME');
    case 'Edm.DateTimeOffset':
      return DATE_TIME_OFFSET.test(value) ? good(`datetimeoffset'${value}'`) : bad('NOT_A_DATE_TIME');
    case 'Edm.Time':
      return DURATION.test(value) ? good(`time'${value}'`) : bad('NOT_A_DURATION');
    default:
      // Strings keep their spaces: the user may filter on a leading blank on purpose.
      return good(quote(raw));
  }
}

/** Reads a literal back into what the user would type. Null when it is not one we write. */
export function readLiteral(literal: string): string | null {
  const text = literal.trim();
  const prefixed = /^(datetimeoffset|datetime|guid|time|binary)'(.*)'$/i.exec(text);
  if (prefixed) return prefixed[2] ?? '';
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) {
    const inner = text.slice(1, -1);
    // A lone quote inside would have ended the literal: not one literal.
    if (inner.replace(/''/g, '').includes("'")) return null;
    return inner.replace(/''/g, "'");
  }
  if (text === 'true' || text === 'false') return text;
  const number = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)[MmLlDdFf]?$/.exec(text);
  if (number) return number[1] ?? null;
  return null;
}
