// The parts of the Frictionless JavaScript libraries (v1 specs) the tests use; neither ships types.
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

declare module 'tableschema' {
  /** A table read from a CSV file and cast by a Table Schema. */
  export class Table {
    static load(
      source: string,
      options: { schema: object; headers?: number; bom?: boolean; delimiter?: string },
    ): Promise<Table>;
    read(options: { keyed: true; cast?: boolean }): Promise<Record<string, unknown>[]>;
    readonly headers: string[];
  }
}
