import { writeFile } from 'node:fs/promises';
import { fileNameFor } from '../../../shared/odata/handover';
import { say } from '../../../shared/messages/say';
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

export function odataHandlers(s: Services): Pick<HandlerTable, ODataChannels> {
  const odata = s.odata;
  return {
    'metadata:download': ({ connectionId, language }) =>
      odata.download(connectionId, language ? { language } : {}),
    'metadata:progress': ({ connectionId }) => odata.progress(connectionId),
    'metadata:cancel': ({ connectionId }) => ({ cancelled: odata.cancel(connectionId) }),
    'metadata:summary': ({ connectionId }) => odata.summary(connectionId),
    'metadata:save': async ({ connectionId, language = s.uiLanguage.get() }) => {
      // Read before asking, so "no metadata yet" is said before a dialog opens.
      const bytes = odata.edmxBytes(connectionId);
      const handover = await odata.handover(connectionId);
      const file = await s.host.showSaveDialog({
        title: say(language, 'dialog.saveMetadata'),
        // The name the hand-over tells the user to pick, with the user's letters kept.
        defaultName: fileNameFor(handover.connectionName, 'edmx'),
        filters: [{ name: say(language, 'dialog.metadataFiles'), extensions: ['edmx', 'xml'] }],
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
    'handover:get': ({ connectionId, url, language }) => odata.handover(connectionId, url, language),
    'handover:export': async ({ connectionId, url, language = s.uiLanguage.get() }) => {
      const handover = await odata.handover(connectionId, url, language);
      const file = await s.host.showSaveDialog({
        title: say(language, 'dialog.exportHandover'),
        defaultName: fileNameFor(`${handover.connectionName}-cloud-integration`, 'txt'),
        filters: [{ name: say(language, 'dialog.textFiles'), extensions: ['txt'] }],
      });
      if (!file) return { saved: false, file: null };
      await writeFile(file, handover.text, 'utf8');
      return { saved: true, file };
    },
  };
}
