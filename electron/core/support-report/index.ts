export {
  buildSupportReport,
  REPORT_FORMAT,
  type CertificateFacts,
  type ReportInput,
  type SupportReport,
} from './build';
export { certificateFacts } from '../connection/certificate-facts';
export { reportMarkdown } from './markdown';
export { writeSupportReport, type ReportFiles } from './write';
