// Provided by src/integrations/chart-files.ts at build and dev time.
declare module 'virtual:impact-ledger/chart-settings' {
  /** The chart cache folder, the chart worker module (absolute paths), `rendererFingerprint()`. */
  export const chartSettings: { cacheDir: string; workerFile: string; fingerprint: string };
}
