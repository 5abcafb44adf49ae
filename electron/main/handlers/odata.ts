import { writeFile } from 'node:fs/promises';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type ODataChannels =
  | 'metadata:download'
  | 'metadata:progress'
  | 'metadata:cancel'
  | 'metadata:summary'
  | 'metadata:save'
  | 'metadata:sets'
  | 'metadata:entity-set'
  | 'query:run'
  | 'handover:get'
  | 'handover:export';

const safeName = (name: string) => name.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 80) || 'metadata';

export function odataHandlers(s: Services): Pick<HandlerTable, ODataChannels> {
  const odata = s.odata;
  return {
    'metadata:download': ({ connectionId, entityTypes, language }) =>
      odata.download(connectionId, {
        ...(entityTypes ? { entityTypes } : {}),
        ...(language ? { language } : {}),
      }),
    'metadata:progress': ({ connectionId }) => odata.progress(connectionId),
    'metadata:cancel': ({ connectionId }) => ({ cancelled: odata.cancel(connectionId) }),
    'metadata:summary': ({ connectionId }) => odata.summary(connectionId),
    'metadata:save': async ({ connectionId }) => {
      // Read before asking, so "no metadata yet" is said before a dialog opens.
      const bytes = odata.edmxBytes(connectionId);
      const handover = await odata.handover(connectionId);
      const file = await s.host.showSaveDialog({
        title: 'Save metadata (.edmx)',
        defaultName: `${safeName(handover.connectionName)}.edmx`,
        filters: [{ name: 'OData metadata', extensions: ['edmx', 'xml'] }],
      });
      if (!file) return { saved: false, file: null };
      // The document as the tenant sent it: it holds the service's schema, never a credential.
      await writeFile(file, bytes);
      return { saved: true, file };
    },
    'metadata:sets': ({ connectionId }) => odata.sets(connectionId),
    'metadata:entity-set': ({ connectionId, name }) => odata.entitySet(connectionId, name),
    'query:run': (req) =>
      'url' in req
        ? odata.runQuery(req.connectionId, { url: req.url })
        : odata.runQuery(req.connectionId, { state: req.state }),
    'handover:get': ({ connectionId, url }) => odata.handover(connectionId, url),
    'handover:export': async ({ connectionId, url }) => {
      const handover = await odata.handover(connectionId, url);
      const file = await s.host.showSaveDialog({
        title: 'Export hand-over for Cloud Integration',
        defaultName: `${safeName(handover.connectionName)}-cloud-integration.txt`,
        filters: [{ name: 'Text', extensions: ['txt'] }],
      });
      if (!file) return { saved: false, file: null };
      await writeFile(file, handover.text, 'utf8');
      return { saved: true, file };
    },
  };
}
