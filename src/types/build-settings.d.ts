// Served by src/integrations/build-settings.ts at build and dev time.
declare module 'virtual:impact-ledger/build-settings' {
  export const buildSettings: import('../integrations/build-settings.ts').BuildSettings;
}
