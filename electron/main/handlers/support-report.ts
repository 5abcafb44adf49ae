/**
 * connection:save-report: the support report of a connection's latest test, built by the shared
 * builder (electron/core/support-report) from the result main kept, saved where the user chooses
 * in main's own dialog. The page only says which connection; it cannot hand in what is written.
 */
import { codedError } from '../../../shared/result';
import { fileNameFor } from '../../../shared/file-name';
import { say } from '../../../shared/messages/say';
import { describeTlsLibrary, tlsLibrary } from '../../core/connection/tls-library';
import { buildSupportReport, writeSupportReport } from '../../core/support-report/index';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

export function supportReportHandlers(s: Services): Pick<HandlerTable, 'connection:save-report'> {
  return {
    'connection:save-report': async ({ connectionId, language = s.uiLanguage.get() }) => {
      const connection = s.connections.get(connectionId);
      const latest = s.connections.history(connectionId)[0];
      if (!latest) {
        throw codedError('BAD_INPUT', 'main.testFirst');
      }
      const report = buildSupportReport({
        result: latest,
        app: {
          name: s.name,
          version: s.version,
          electron: s.host.versions.electron,
          node: s.host.versions.node,
          tls: describeTlsLibrary(tlsLibrary()),
        },
        // The client certificate and the method come from the result: what was tested, not what the
        // connection has now (the method given here stands only for results kept before it was recorded).
        connection: { name: connection.name, authentication: connection.auth.method },
      });
      const stamp = report.createdAt.slice(0, 16).replace(/[:T]/g, '-');
      const file = await s.host.showSaveDialog({
        title: say(language, 'dialog.saveReport'),
        defaultName: fileNameFor(`${connection.name}-report-${stamp}`, 'md'),
        filters: [{ name: say(language, 'dialog.reportFiles'), extensions: ['md'] }],
      });
      if (file === null) return { saved: false, file: null };
      const written = await writeSupportReport(file, report, language);
      return { saved: true, file: written.markdown };
    },
  };
}
