// `npm run schemas`: writes the JSON Schemas editors use for content files (content-schemas/)
// and the field tables of docs/content-model.md, from src/schemas. Run it after changing a schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemaOutputs } from '../src/lib/json-schemas/outputs.ts';

const root = path.resolve(import.meta.dirname, '..');
const { files } = await schemaOutputs(root);
for (const [file, text] of files) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
  console.log(`wrote ${file}`);
}
