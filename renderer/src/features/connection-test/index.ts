export { ConnectionTestResult, type ConnectionTestResultProps } from './ConnectionTestResult';
export { StageChart } from './StageChart';
export { TestHistory } from './TestHistory';
