// The part of the Frictionless JavaScript library `datapackage` (v1 specs) the tests use; it
// ships no types.
declare module 'datapackage' {
  /** A data package descriptor checked against its profile (`Package.load`). */
  export class Package {
    static load(
      descriptor: object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
  }
}
