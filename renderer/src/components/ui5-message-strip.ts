// UI5's MessageStrip as a chunk of its own (MessageStrip.tsx loads it when a notice is shown).
export { MessageStrip as default } from '@ui5/webcomponents-react';
