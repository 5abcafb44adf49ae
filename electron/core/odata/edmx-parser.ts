/**
 * Streaming `$metadata` parser: the tags of our own XML scanner (xml-scanner.ts) straight into the
 * compact model, no DOM. A C4C tenant's full c4codataapi document is 7–30 MB; a DOM of it costs
 * hundreds of MB (RECIPES.md: XML), and a general SAX parser spent most of the time on attributes
 * this model never reads.
 *
 * Hostile input is refused before it can cost anything: any DOCTYPE (billion laughs, external
 * entities — OWASP XXE) stops the parse where it starts, and no entity but XML's five predefined
 * ones and character references is ever expanded. Bytes are counted while streaming, so a
 * too-large response stops at the cap instead of after it has been read whole. Nesting is tracked
 * in arrays, never by recursion.
 */
import { StringDecoder } from 'node:string_decoder';
import { CodedError } from '../../../shared/result';
import type { Association, EntityType, FunctionImport, MetadataModel } from '../../../shared/domain/odata';
import { keysFor, local, readEntitySet, readProperty } from './edmx-readers';
import { XmlScanner, XmlSyntaxError, type TagAttributes } from './xml-scanner';

export const DEFAULT_MAX_METADATA_BYTES = 256 * 1024 * 1024;

const SAP_NS = 'http://www.sap.com/Protocols/SAPData';
const C4C_NS = 'http://www.sap.com/Protocols/C4CData';
const M_NS = 'http://schemas.microsoft.com/ado/2007/08/dataservices/metadata';

export interface EdmxParserOptions {
  maxBytes?: number;
}

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
  private readonly xml: XmlScanner;
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
    this.xml = new XmlScanner({
      open: (name, attributes) => {
        this.open(name, attributes);
      },
      close: (name) => {
        this.close(name);
      },
      doctype: (following, line, column) => {
        if (/^\s*html\b/i.test(following)) throw notOData('a web page (HTML)');
        throw new CodedError(
          'INVALID_METADATA',
          'The metadata contains a document type declaration (DTD), which OData never uses and which can hide an attack. It was refused without reading it.',
          { line, column },
        );
      },
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
      this.xml.close();
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
      this.xml.write(text);
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): Error {
    if (!(error instanceof XmlSyntaxError)) return error instanceof Error ? error : new Error(String(error));
    const { reason, line, column } = error;
    return new CodedError(
      'INVALID_METADATA',
      `The metadata is not well-formed XML (line ${line}, column ${column}: ${reason}). Download it again; if it stays broken, the service or a proxy cut it off.`,
      { line, column },
    );
  }

  private prefixes(attrs: TagAttributes): void {
    let { sap, c4c, m } = this.k;
    for (let i = 0; i < attrs.count; i++) {
      const k = attrs.name(i);
      if (!k.startsWith('xmlns:')) continue;
      const v = attrs.value(i);
      const p = `${k.slice(6)}:`;
      if (v === SAP_NS) sap = p;
      else if (v === C4C_NS) c4c = p;
      else if (v === M_NS) m = p;
    }
    this.k = keysFor(sap, c4c, m);
  }

  private open(tagName: string, attrs: TagAttributes): void {
    const name = local(tagName);
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(name);
    const a = attrs;
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'Edmx') {
        const lower = name.toLowerCase();
        throw notOData(
          lower === 'html'
            ? 'a web page (HTML)'
            : lower === 'feed' || lower === 'entry'
              ? 'an Atom feed'
              : `an XML document of type "${tagName}"`,
        );
      }
      this.prefixes(attrs);
      return;
    }
    switch (name) {
      case 'DataServices':
        this.prefixes(attrs);
        this.model.dataServiceVersion = a.get(this.k.dataServiceVersion) ?? null;
        return;
      case 'Schema':
        this.prefixes(attrs);
        this.namespace = a.get('Namespace') ?? '';
        this.model.namespaces.push(this.namespace);
        return;
      case 'EntityType':
        if (parent !== 'Schema') return;
        this.type = {
          qualifiedName: `${this.namespace}.${a.get('Name') ?? ''}`,
          name: a.get('Name') ?? '',
          label: a.get(this.k.label) ?? null,
          keys: [],
          properties: [],
          navigationProperties: [],
        };
        this.model.entityTypes.push(this.type);
        return;
      case 'PropertyRef':
        if (parent === 'Key' && this.type) this.type.keys.push(a.get('Name') ?? '');
        return;
      case 'Property':
        if (parent === 'EntityType' && this.type) this.type.properties.push(readProperty(a, this.k));
        return;
      case 'NavigationProperty':
        if (parent === 'EntityType' && this.type)
          this.type.navigationProperties.push({
            name: a.get('Name') ?? '',
            relationship: a.get('Relationship') ?? '',
            fromRole: a.get('FromRole') ?? '',
            toRole: a.get('ToRole') ?? '',
          });
        return;
      case 'Association':
        if (parent !== 'Schema') return;
        this.association = { qualifiedName: `${this.namespace}.${a.get('Name') ?? ''}`, ends: [] };
        this.model.associations.push(this.association);
        return;
      case 'End':
        if (parent === 'Association' && this.association)
          this.association.ends.push({
            role: a.get('Role') ?? '',
            type: a.get('Type') ?? '',
            multiplicity: a.get('Multiplicity') ?? '',
          });
        return;
      case 'EntityContainer':
        this.model.entityContainer ??= a.get('Name') ?? null;
        return;
      case 'EntitySet':
        if (parent === 'EntityContainer') this.model.entitySets.push(readEntitySet(a, this.k));
        return;
      case 'FunctionImport':
        if (parent !== 'EntityContainer') return;
        this.functionImport = {
          name: a.get('Name') ?? '',
          returnType: a.get('ReturnType') ?? null,
          entitySet: a.get('EntitySet') ?? null,
          httpMethod: a.get(this.k.httpMethod) ?? null,
          parameters: [],
        };
        this.model.functionImports.push(this.functionImport);
        return;
      case 'Parameter':
        if (parent === 'FunctionImport' && this.functionImport)
          this.functionImport.parameters.push({
            name: a.get('Name') ?? '',
            type: a.get('Type') ?? '',
            mode: a.get('Mode') ?? null,
          });
        return;
      default:
        return;
    }
  }

  private close(tagName: string): void {
    this.stack.pop();
    switch (local(tagName)) {
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
}

/** Parses a whole document held in memory (a file, a finished download). */
export function parseEdmx(input: Uint8Array | string, options?: EdmxParserOptions): MetadataModel {
  const parser = new EdmxParser(options);
  if (typeof input === 'string') {
    parser.write(input);
    return parser.end();
  }
  // 256 KB at a time: a whole 30 MB document as one string would double the memory; 1 MB pieces
  // peaked about 5 MB higher on the 28 MB document, 64 KB ones parsed about 15 % slower (npm run
  // bench, issue 14). Each piece ends after a '>' where there is one, so a tag is rarely split.
  const step = 1 << 18;
  for (let i = 0; i < input.byteLength;) {
    let end = Math.min(i + step, input.byteLength);
    if (end < input.byteLength) {
      const gt = input.subarray(i, end).lastIndexOf(0x3e);
      if (gt > 0) end = i + gt + 1;
    }
    parser.write(input.subarray(i, end));
    i = end;
  }
  return parser.end();
}
