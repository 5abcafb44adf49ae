/**
 * parseEdmxOffThread through the real worker bundle: same model as in this thread, and the caller's
 * bytes stay whole (the app keeps them to save the .edmx).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEdmx } from '../../../electron/core/odata/edmx-parser';
import { parseEdmxOffThread } from '../../../electron/core/odata/off-thread';
import { stopWorker } from '../../../electron/core/worker/runner';
import { useBuiltWorker } from '../../support/bundle';

const root = resolve(import.meta.dirname, '../../..');

beforeAll(() => {
  useBuiltWorker();
});
afterAll(() => stopWorker());

describe('parsing $metadata in the worker thread', () => {
  it('gives the same model and leaves the caller its bytes (a Buffer, as downloads give)', async () => {
    const bytes = readFileSync(join(root, 'test/fixtures/edmx/c4codataapi-small.xml'));
    const length = bytes.length;
    const model = await parseEdmxOffThread(bytes);
    expect(bytes.length).toBe(length);
    expect(model).toEqual(parseEdmx(bytes));
  });

  it('leaves a small Buffer from Node’s shared pool whole, and its neighbours too', async () => {
    const neighbour = Buffer.from('still here');
    const doc = Buffer.from(
      '<?xml version="1.0"?><edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx"><edmx:DataServices><Schema Namespace="x" xmlns="http://schemas.microsoft.com/ado/2008/09/edm"/></edmx:DataServices></edmx:Edmx>',
    );
    await parseEdmxOffThread(doc);
    expect(doc.toString()).toContain('edmx:Edmx');
    expect(neighbour.toString()).toBe('still here');
  });
});
