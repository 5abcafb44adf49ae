/**
 * Streaming `$metadata` parser: saxes events straight into the compact model, no DOM. A C4C tenant's
 * full c4codataapi document is 7–30 MB; a DOM of it costs hundreds of MB (RECIPES.md: XML).
 *
 * Hostile input is refused before it can cost anything: any DOCTYPE (billion laughs, external
 * entities — OWASP XXE) stops the parse at the doctype event, and saxes itself never expands an
 * entity declared in a DTD. Bytes are counted while streaming, so a too-large response stops at
 * the cap instead of after it has been read whole. Nesting is tracked in an array, never by recursion.
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { CodedError } from '../../../shared/result';
import type {
  Association,
  EdmProperty,
  EntitySet,
  EntityType,
  FunctionImport,
  MetadataModel,
} from '../../../shared/domain/odata';

export const DEFAULT_MAX_METADATA_BYTES = 256 * 1024 * 1024;

const SAP_NS = 'http://www.sap.com/Protocols/SAPData';
const C4C_NS = 'http://www.sap.com/Protocols/C4CData';
const M_NS = 'http://schemas.microsoft.com/ado/2007/08/dataservices/metadata';

export interface EdmxParserOptions {
  maxBytes?: number;
}

const keysFor = (sap: string, c4c: string, m: string) => ({
  sap,
  c4c,
  m,
  label: `${sap}label`,
  filterable: `${sap}filterable`,
  creatable: `${sap}creatable`,
  updatable: `${sap}updatable`,
  deletable: `${sap}deletable`,
  valueHelp: `${c4c}value-help`,
  httpMethod: `${m}HttpMethod`,
  dataServiceVersion: `${m}DataServiceVersion`,
});

const local = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

const int = (v: string | undefined): number | null => {
  if (v === undefined) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
};

/** sap:* booleans default to true when absent (SAP annotation spec). */
const flag = (v: string | undefined): boolean => v !== 'false';

export function notOData(what: string): CodedError {
  return new CodedError(
    'NOT_ODATA',
    `This is ${what}, not an OData $metadata document. Check the service path of the connection; a login page usually means the credentials were not accepted.`,
  );
}

/**
 * Feed chunks with write(), then close() for the model. Throws CodedError with INVALID_METADATA,
 * METADATA_TOO_LARGE or NOT_ODATA; after a throw the parser is spent.
 */
export class EdmxParser {
  private readonly sax = new SaxesParser({ xmlns: false, position: true });
  // StringDecoder keeps a multi-byte character split across chunks; faster here than TextDecoder.
  private readonly decoder = new StringDecoder('utf8');
  private readonly maxBytes: number;
  private bytes = 0;
  private started = false;
  private rootSeen = false;
  private readonly stack: string[] = [];

  // Attribute names with the document's own prefixes, computed once (hot path: 32,000 properties).
  private k = keysFor('sap:', 'c4c:', 'm:');
  private namespace = '';
  private type: EntityType | null = null;
  private association: Association | null = null;
  private functionImport: FunctionImport | null = null;

  private readonly model: MetadataModel = {
    dataServiceVersion: null,
    namespaces: [],
    entityContainer: null,
    entitySets: [],
    entityTypes: [],
    associations: [],
    functionImports: [],
  };

  constructor(options: EdmxParserOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_METADATA_BYTES;
    this.sax.on('doctype', (doctype) => {
      if (/^\s*html\b/i.test(doctype)) throw notOData('a web page (HTML)');
      throw new CodedError(
        'INVALID_METADATA',
        'The metadata contains a document type declaration (DTD), which OData never uses and which can hide an attack. It was refused without reading it.',
        { line: this.sax.line, column: this.sax.column },
      );
    });
    this.sax.on('opentag', (tag) => {
      this.open(tag);
    });
    this.sax.on('closetag', (tag) => {
      this.close(tag);
    });
  }

  write(chunk: Uint8Array | string): void {
    this.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    if (this.bytes > this.maxBytes) {
      throw new CodedError(
        'METADATA_TOO_LARGE',
        `The metadata is larger than ${Math.round(this.maxBytes / 1048576)} MB and was not read further. Download only the entity types you need.`,
        { maxBytes: this.maxBytes },
      );
    }
    const text =
      typeof chunk === 'string'
        ? chunk
        : this.decoder.write(
            Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
          );
    if (!this.started) {
      const body = text.replace(/^\uFEFF/, '').trimStart();
      if (body === '') return;
      this.started = true;
      if (!body.startsWith('<')) {
        throw notOData(body.startsWith('{') || body.startsWith('[') ? 'JSON' : 'plain text');
      }
    }
    this.feed(text);
  }

  /** Ends the document and returns the model. */
  end(): MetadataModel {
    if (!this.started) throw notOData('empty');
    this.feed(this.decoder.end());
    try {
      this.sax.close();
    } catch (error) {
      throw this.translate(error);
    }
    if (!this.rootSeen) throw notOData('empty');
    return this.model;
  }

  get bytesRead(): number {
    return this.bytes;
  }

  private feed(text: string): void {
    try {
      this.sax.write(text);
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): Error {
    if (error instanceof CodedError) return error;
    const raw = error instanceof Error ? error.message : String(error);
    // saxes prefixes "line:column: "; keep the reason, report the position as data.
    const reason = raw.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    const { line, column } = this.sax;
    return new CodedError(
      'INVALID_METADATA',
      `The metadata is not well-formed XML (line ${line}, column ${column}: ${reason}). Download it again; if it stays broken, the service or a proxy cut it off.`,
      { line, column },
    );
  }

  private prefixes(attrs: Record<string, string>): void {
    let { sap, c4c, m } = this.k;
    for (const [k, v] of Object.entries(attrs)) {
      if (!k.startsWith('xmlns:')) continue;
      const p = `${k.slice(6)}:`;
      if (v === SAP_NS) sap = p;
      else if (v === C4C_NS) c4c = p;
      else if (v === M_NS) m = p;
    }
    this.k = keysFor(sap, c4c, m);
  }

  private open(tag: SaxesTagPlain): void {
    const name = local(tag.name);
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(name);
    const a = tag.attributes;
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'Edmx') {
        const lower = name.toLowerCase();
        throw notOData(
          lower === 'html'
            ? 'a web page (HTML)'
            : lower === 'feed' || lower === 'entry'
              ? 'an Atom feed'
              : `an XML document of type "${tag.name}"`,
        );
      }
      this.prefixes(a);
      return;
    }
    switch (name) {
      case 'DataServices':
        this.prefixes(a);
        this.model.dataServiceVersion = a[this.k.dataServiceVersion] ?? null;
        return;
      case 'Schema':
        this.prefixes(a);
        this.namespace = a.Namespace ?? '';
        this.model.namespaces.push(this.namespace);
        return;
      case 'EntityType':
        if (parent !== 'Schema') return;
        this.type = {
          qualifiedName: `${this.namespace}.${a.Name ?? ''}`,
          name: a.Name ?? '',
          label: a[this.k.label] ?? null,
          keys: [],
          properties: [],
          navigationProperties: [],
        };
        this.model.entityTypes.push(this.type);
        return;
      case 'PropertyRef':
        if (parent === 'Key' && this.type) this.type.keys.push(a.Name ?? '');
        return;
      case 'Property':
        if (parent === 'EntityType' && this.type) this.type.properties.push(this.property(a));
        return;
      case 'NavigationProperty':
        if (parent === 'EntityType' && this.type)
          this.type.navigationProperties.push({
            name: a.Name ?? '',
            relationship: a.Relationship ?? '',
            fromRole: a.FromRole ?? '',
            toRole: a.ToRole ?? '',
          });
        return;
      case 'Association':
        if (parent !== 'Schema') return;
        this.association = { qualifiedName: `${this.namespace}.${a.Name ?? ''}`, ends: [] };
        this.model.associations.push(this.association);
        return;
      case 'End':
        if (parent === 'Association' && this.association)
          this.association.ends.push({
            role: a.Role ?? '',
            type: a.Type ?? '',
            multiplicity: a.Multiplicity ?? '',
          });
        return;
      case 'EntityContainer':
        this.model.entityContainer ??= a.Name ?? null;
        return;
      case 'EntitySet':
        if (parent === 'EntityContainer') this.model.entitySets.push(this.entitySet(a));
        return;
      case 'FunctionImport':
        if (parent !== 'EntityContainer') return;
        this.functionImport = {
          name: a.Name ?? '',
          returnType: a.ReturnType ?? null,
          entitySet: a.EntitySet ?? null,
          httpMethod: a[this.k.httpMethod] ?? null,
          parameters: [],
        };
        this.model.functionImports.push(this.functionImport);
        return;
      case 'Parameter':
        if (parent === 'FunctionImport' && this.functionImport)
          this.functionImport.parameters.push({
            name: a.Name ?? '',
            type: a.Type ?? '',
            mode: a.Mode ?? null,
          });
        return;
      default:
        return;
    }
  }

  private close(tag: SaxesTagPlain): void {
    this.stack.pop();
    switch (local(tag.name)) {
      case 'EntityType':
        this.type = null;
        return;
      case 'Association':
        this.association = null;
        return;
      case 'FunctionImport':
        this.functionImport = null;
        return;
      default:
        return;
    }
  }

  private property(a: Record<string, string>): EdmProperty {
    const k = this.k;
    return {
      name: a.Name ?? '',
      type: a.Type ?? '',
      nullable: a.Nullable !== 'false',
      maxLength: int(a.MaxLength),
      precision: int(a.Precision),
      scale: int(a.Scale),
      label: a[k.label] ?? null,
      filterable: flag(a[k.filterable]),
      creatable: flag(a[k.creatable]),
      updatable: flag(a[k.updatable]),
      valueHelp: a[k.valueHelp] ?? null,
    };
  }

  private entitySet(a: Record<string, string>): EntitySet {
    const k = this.k;
    return {
      name: a.Name ?? '',
      entityType: a.EntityType ?? '',
      label: a[k.label] ?? null,
      creatable: flag(a[k.creatable]),
      updatable: flag(a[k.updatable]),
      deletable: flag(a[k.deletable]),
    };
  }
}

/** Parses a whole document held in memory (a file, a finished download). */
export function parseEdmx(input: Uint8Array | string, options?: EdmxParserOptions): MetadataModel {
  const parser = new EdmxParser(options);
  const step = 8 << 20;
  if (typeof input === 'string') parser.write(input);
  else for (let i = 0; i < input.byteLength; i += step) parser.write(input.subarray(i, i + step));
  return parser.end();
}
