// The JSON Schemas editors use for content files (content-schemas/) and the field tables of
// docs/content-model.md: made from src/schemas, agreeing with them, mapped to the content files.
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSourceContent } from '../../src/lib/content/load.ts';
import {
  contentKinds,
  jsonSchemaFile,
  type ContentKind,
} from '../../src/lib/json-schemas/content-kinds.ts';
import { fieldsInTable, tableInDoc } from '../../src/lib/json-schemas/field-table.ts';
import { forEachField } from '../../src/lib/json-schemas/json-schema.ts';
import {
  contentModelDoc,
  schemaOutputs,
  type SchemaOutputs,
} from '../../src/lib/json-schemas/outputs.ts';
import { authorComponents } from '../../src/lib/mdx/author-components.ts';
import {
  datasetSchema,
  pageSchema,
  partnerSchema,
  programmeSchema,
  redirectsSchema,
  siteSchema,
  storySchema,
} from '../../src/schemas/index.ts';
import { validSiteContent } from '../helpers/content-fixture.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

let outputs: SchemaOutputs;
const validators = new Map<string, ValidateFunction>();

beforeAll(async () => {
  outputs = await schemaOutputs(root);
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  // VS Code's own keywords: hover text and our messages, which validators pass over.
  ajv.addVocabulary(['markdownDescription', 'errorMessage', 'patternErrorMessage']);
  for (const kind of contentKinds) {
    // The committed file, as editors read it.
    validators.set(kind.name, ajv.compile(JSON.parse(read(jsonSchemaFile(kind))) as object));
  }
}, 120_000);

function kind(name: string): ContentKind {
  const found = contentKinds.find((each) => each.name === name);
  if (found === undefined) throw new Error(`no kind ${name}`);
  return found;
}

function ajvErrors(kindName: string, data: unknown): ErrorObject[] {
  const validate = validators.get(kindName);
  if (validate === undefined) throw new Error(`no validator for ${kindName}`);
  return validate(data) ? [] : (validate.errors ?? []);
}

const describeErrors = (errors: ErrorObject[]) =>
  errors.map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ');

describe('generated files', () => {
  test('the committed JSON Schemas and content-model tables are what `npm run schemas` writes now', () => {
    const stale = [...outputs.files]
      .filter(([file, text]) => !existsSync(path.join(root, file)) || read(file) !== text)
      .map(([file]) => file);
    expect(
      stale,
      `out of date with src/schemas: ${stale.join(', ')}; run \`npm run schemas\` and commit the result`,
    ).toEqual([]);
  });

  test('every field of every schema has a row in its section of docs/content-model.md, and no other row', () => {
    const doc = read(contentModelDoc);
    const problems: string[] = [];
    for (const each of contentKinds) {
      const schema = outputs.schemas.get(each.name);
      if (schema?.properties === undefined) continue;
      const section = `docs/content-model.md, section "${each.section}"`;
      const heading = doc.indexOf(`\n## ${each.section}\n`);
      const table = tableInDoc(doc, each.name);
      const nextHeading = doc.indexOf('\n## ', heading + 1);
      const tableAt = doc.indexOf(table ?? '\u0000');
      if (heading === -1 || table === undefined || tableAt < heading || tableAt > nextHeading) {
        problems.push(`${section}: no field table of ${each.name} in it`);
        continue;
      }
      const listed = new Set(fieldsInTable(table));
      const expected: string[] = [];
      forEachField(schema, (field) => expected.push(field));
      for (const field of expected.filter((field) => !listed.has(field)))
        problems.push(`${section}: field \`${field}\` is missing`);
      for (const field of [...listed].filter((field) => !expected.includes(field)))
        problems.push(`${section}: field \`${field}\` is not in the schema`);
    }
    expect(problems, `${problems.join('\n')}\nrun \`npm run schemas\``).toEqual([]);
  });

  test('a field without JSDoc stops the generator: hover help is not optional', () => {
    // Each field's words come from its JSDoc; the generator fails rather than write a field
    // an author would hover over and read nothing.
    for (const [, schema] of outputs.schemas) {
      forEachField(schema, (field, node) => {
        expect(node.description, field).toMatch(/\w/);
      });
    }
    const dataset = outputs.schemas.get('dataset');
    expect(dataset?.properties?.['verification']?.properties?.['level']?.description).toBe(
      'How far the figures were checked. Choices: "self-reported", "partner-confirmed", "internally-reviewed", "externally-assured".',
    );
    expect(outputs.schemas.get('story')?.properties?.['date']?.description).toBe(
      'Publication date. Written YYYY-MM-DD. Example: "2025-05-14".',
    );
    expect(outputs.schemas.get('site')?.properties?.['locale']?.markdownDescription).toBe(
      'BCP 47 language tag of the content. Default: `"en"`.',
    );
  });
});

/** Every content file of a site, as an editor sees it: JSON as written, front matter as YAML. */
function contentFiles(contentDir: string): { kind: string; file: string; data: unknown }[] {
  const files: { kind: string; file: string; data: unknown }[] = [];
  const siteRoot = path.dirname(contentDir);
  for (const each of contentKinds.filter((candidate) => candidate.form === 'json')) {
    for (const file of globSync(each.files, { cwd: siteRoot }))
      files.push({
        kind: each.name,
        file,
        data: JSON.parse(readFileSync(path.join(siteRoot, file), 'utf8')),
      });
  }
  // The project's own front-matter reader; it reads an unquoted 2025-05-14 as a Date, where the
  // editor's YAML 1.2 keeps the text as typed: compare what the author typed.
  const { content } = loadSourceContent(contentDir);
  const asTyped = (data: unknown) =>
    JSON.parse(
      JSON.stringify(data, (_key, value: unknown) =>
        typeof value === 'string' && /^\d{4}-\d\d-\d\dT00:00:00\.000Z$/.test(value)
          ? value.slice(0, 10)
          : value,
      ),
    ) as unknown;
  for (const story of content.stories)
    files.push({ kind: 'story', file: story.file, data: asTyped(story.data) });
  for (const page of content.pages)
    files.push({ kind: 'page', file: page.file, data: asTyped(page.data) });
  return files;
}

describe('every content file of the example site and of the valid fixture passes its JSON Schema', () => {
  for (const [site, contentDir] of [
    ['example site', path.join(root, 'content')],
    ['valid fixture', validSiteContent],
  ] as const) {
    test(site, () => {
      const files = contentFiles(contentDir);
      // Each kind is there, the CSV form of a dataset too (observations in <id>.csv).
      expect(new Set(files.map((file) => file.kind))).toEqual(
        new Set(
          contentKinds
            .map((each) => each.name)
            .filter(
              (name) =>
                site === 'example site' ||
                name !== 'redirects' ||
                existsSync(path.join(contentDir, 'redirects.json')),
            ),
        ),
      );
      const failures = files
        .map(({ kind: kindName, file, data }) => ({ file, errors: ajvErrors(kindName, data) }))
        .filter(({ errors }) => errors.length > 0)
        .map(({ file, errors }) => `${file}: ${describeErrors(errors)}`);
      expect(failures).toEqual([]);
    });
  }

  test('a dataset whose observations are in a CSV file passes without them, and so does one with them', () => {
    const csvDatasets = globSync('content/datasets/*.csv', { cwd: root });
    expect(csvDatasets.length).toBeGreaterThan(0);
    const withCsv = JSON.parse(read((csvDatasets[0] ?? '').replace(/\.csv$/, '.json'))) as Record<
      string,
      unknown
    >;
    expect(withCsv).not.toHaveProperty('observations');
    expect(ajvErrors('dataset', withCsv)).toEqual([]);
  });
});

// Samples made wrong in one way each; the editor (ajv here) and `npm run check` (zod) must both
// refuse them, so the red underline never contradicts the check.
const exampleJson = (file: string) => JSON.parse(read(file)) as Record<string, any>;
const exampleStory = () => {
  const story = contentFiles(path.join(root, 'content')).find((file) => file.kind === 'story');
  return structuredClone(story?.data) as Record<string, any>;
};
const zodSchemas = {
  site: siteSchema,
  programme: programmeSchema,
  partner: partnerSchema,
  dataset: datasetSchema,
  story: storySchema,
  page: pageSchema,
  redirects: redirectsSchema,
} as const;

const invalidSamples: {
  what: string;
  kind: keyof typeof zodSchemas;
  sample: () => unknown;
  ajvSays: RegExp;
}[] = [
  {
    what: 'a story without its title (missing required field)',
    kind: 'story',
    sample: () => {
      const { title: _title, ...story } = exampleStory();
      return story;
    },
    ajvSays: /must have required property 'title'/,
  },
  {
    what: 'a dataset without methodology (missing required field)',
    kind: 'dataset',
    sample: () => {
      const { methodology: _methodology, ...dataset } = exampleJson(
        'content/datasets/blood-donations.json',
      );
      return dataset;
    },
    ajvSays: /must have required property 'methodology'/,
  },
  {
    what: 'a programme under an unknown pillar (wrong choice)',
    kind: 'programme',
    sample: () => ({ ...exampleJson('content/programmes/tree-planting.json'), pillar: 'nature' }),
    ajvSays: /\/pillar must be equal to one of the allowed values/,
  },
  {
    what: 'a source of an unknown type (wrong choice in a list)',
    kind: 'dataset',
    sample: () => {
      const dataset = exampleJson('content/datasets/blood-donations.json');
      dataset['sources'][0].type = 'register';
      return dataset;
    },
    ajvSays: /\/sources\/0\/type must be equal to one of the allowed values/,
  },
  {
    what: 'a partner with a misspelt field (extra key)',
    kind: 'partner',
    sample: () => ({
      ...exampleJson('content/partners/tinerii-cluj.json'),
      websit: 'https://example.org',
    }),
    ajvSays: /must NOT have additional properties/,
  },
  {
    what: 'a story with an unknown front-matter field (extra key)',
    kind: 'story',
    sample: () => ({ ...exampleStory(), subtitle: 'More words' }),
    ajvSays: /must NOT have additional properties/,
  },
  {
    what: 'a dataset issued 14/05/2025 (wrong date format)',
    kind: 'dataset',
    sample: () => ({
      ...exampleJson('content/datasets/blood-donations.json'),
      issued: '14/05/2025',
    }),
    ajvSays: /\/issued must match format "date"/,
  },
  {
    what: 'a story dated 2025-02-30 (not on the calendar)',
    kind: 'story',
    sample: () => ({ ...exampleStory(), date: '2025-02-30' }),
    ajvSays: /\/date must match/,
  },
  {
    what: 'an observation for 2025-Q5 (wrong period)',
    kind: 'dataset',
    sample: () => {
      const dataset = exampleJson('content/datasets/blood-donations.json');
      dataset['observations'][0].period = '2025-Q5';
      return dataset;
    },
    ajvSays: /\/observations\/0\/period must match pattern/,
  },
  {
    what: 'a value written as text (wrong type)',
    kind: 'dataset',
    sample: () => {
      const dataset = exampleJson('content/datasets/blood-donations.json');
      dataset['observations'][0].value = '1,148';
      return dataset;
    },
    ajvSays: /\/observations\/0\/value must be number/,
  },
  {
    what: 'a fiscal year starting in month "4" (wrong type)',
    kind: 'site',
    sample: () => ({ ...exampleJson('content/site.json'), fiscalYearStartMonth: '4' }),
    ajvSays: /\/fiscalYearStartMonth must be integer/,
  },
  {
    what: 'a story in programme "Blood Donation" (not an id)',
    kind: 'story',
    sample: () => ({ ...exampleStory(), programme: 'Blood Donation' }),
    ajvSays: /\/programme must match pattern/,
  },
  {
    what: 'a description of 201 characters',
    kind: 'page',
    sample: () => ({ title: 'About', description: 'x'.repeat(201) }),
    ajvSays: /\/description must NOT have more than 200 characters/,
  },
  {
    what: 'a redirect to a path without its leading /',
    kind: 'redirects',
    sample: () => ({ '/stories/old/': 'stories/new/' }),
    ajvSays: /must match pattern/,
  },
];

describe('the editor and the check refuse the same mistakes', () => {
  test.each(invalidSamples)('$what', ({ kind: kindName, sample, ajvSays }) => {
    const data = sample();
    expect(describeErrors(ajvErrors(kindName, data))).toMatch(ajvSays);
    expect(zodSchemas[kindName].safeParse(data).success).toBe(false);
  });

  test('a wrong choice is refused with every choice listed', () => {
    const [error] = ajvErrors('programme', {
      ...exampleJson('content/programmes/tree-planting.json'),
      pillar: 'nature',
    });
    expect(error?.params).toEqual({
      allowedValues: ['education', 'health', 'environment', 'community'],
    });
    expect(kind('programme').section).toBe('content/programmes/<id>.json');
  });

  test('the samples are valid before they are made wrong', () => {
    expect(storySchema.safeParse(exampleStory()).success).toBe(true);
    expect(ajvErrors('story', exampleStory())).toEqual([]);
    expect(
      datasetSchema.safeParse(exampleJson('content/datasets/blood-donations.json')).success,
    ).toBe(true);
  });
});

describe('VS Code settings', () => {
  const settings = JSON.parse(read('.vscode/settings.json')) as {
    'json.schemas': { fileMatch: string[]; url: string }[];
    'astro.content-intellisense'?: boolean;
  };

  test('every fileMatch is a path from the project folder and matches at least one example file', () => {
    const patterns = settings['json.schemas'].flatMap((mapping) => mapping.fileMatch);
    const unmatched = patterns.filter(
      (pattern) =>
        !pattern.startsWith('/') || globSync(pattern.slice(1), { cwd: root }).length === 0,
    );
    expect(
      unmatched,
      'fileMatch patterns that match no file (write them from the project folder: /content/…)',
    ).toEqual([]);
  });

  test('every JSON content file kind is mapped to its schema file, and every mapped file exists', () => {
    const mapped = settings['json.schemas'].map((mapping) => ({
      url: mapping.url.replace(/^\.\//, ''),
      files: mapping.fileMatch.map((pattern) => pattern.slice(1)),
    }));
    for (const each of contentKinds.filter((candidate) => candidate.form === 'json')) {
      expect(mapped, `${jsonSchemaFile(each)} for ${each.files}`).toContainEqual({
        url: jsonSchemaFile(each),
        files: [each.files],
      });
    }
    for (const { url } of mapped) expect(existsSync(path.join(root, url)), url).toBe(true);
  });

  test('front matter: the Astro extension checks it, from the schemas Astro writes', () => {
    expect(settings['astro.content-intellisense']).toBe(true);
    expect(read('astro.config.mjs')).toMatch(/experimental: \{ contentIntellisense: true \}/);
    const extensions = JSON.parse(read('.vscode/extensions.json')) as { recommendations: string[] };
    expect(extensions.recommendations).toEqual([
      'astro-build.astro-vscode',
      'unifiedjs.vscode-mdx',
    ]);
    expect(read('.gitignore')).not.toMatch(/^\.vscode/m);
  });
});

describe('author components in docs/content-model.md', () => {
  test('each component is shown with every attribute it takes, and no other', () => {
    const doc = read(contentModelDoc);
    const start = doc.indexOf('In the body, with no imports:');
    const end = doc.indexOf('\n## ', start);
    expect(start).toBeGreaterThan(-1);
    const section = doc.slice(start, end);
    const problems: string[] = [];
    for (const [name, spec] of Object.entries(authorComponents)) {
      const bullet = new RegExp(`^- \`<${name}[\\s\\S]*?(?=^- |$(?![\\s\\S]))`, 'm').exec(
        section,
      )?.[0];
      if (bullet === undefined) {
        problems.push(`<${name}> is not in the components list`);
        continue;
      }
      const named = new Set([...bullet.matchAll(/\b([a-z][a-zA-Z]*)="/g)].map((match) => match[1]));
      const takes: string[] = [...spec.required, ...spec.optional];
      for (const attribute of takes.filter((each) => !named.has(each)))
        problems.push(`<${name}>: attribute ${attribute} is not documented`);
      for (const attribute of [...named].filter(
        (each) => each !== undefined && !takes.includes(each),
      ))
        problems.push(`<${name}>: the doc names ${attribute}, which the component does not take`);
    }
    expect(problems).toEqual([]);
  });
});
