export {
  buildSupportReport,
  certificateFacts,
  REPORT_FORMAT,
  type CertificateFacts,
  type ReportInput,
  type SupportReport,
} from './build';
export { reportMarkdown } from './markdown';
export { reportPaths, writeSupportReport, type ReportFiles } from './write';
