// `/data/all.zip`: every download in one file, for partners who want everything at once.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { openDataTitle } from './keywords.ts';

/** A file of the archive: its path inside the zip (as on the site, no leading `/`) and content. */
export interface ArchiveFile {
  path: string;
  /** Text is stored as UTF-8, the bytes the site serves. */
  content: string | Uint8Array;
}

/**
 * A zip of `files` (deflate, written by fflate). The same files always give the same bytes, so a
 * cache or CDN sees no change when nothing changed: entries sorted by path and every entry dated
 * `date` (`YYYY-MM-DD`, the latest change of the data) at midnight. Zip times have no time zone;
 * the date is built in local time because fflate writes local time, so the entry shows `date`
 * whatever the build machine's zone. Throws on a repeated path.
 */
export function dataArchive(files: readonly ArchiveFile[], date: string): Uint8Array<ArrayBuffer> {
  const [year, month, day] = date.split('-').map(Number);
  const mtime = new Date(year ?? 1980, (month ?? 1) - 1, day ?? 1);
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (file.path in entries) throw new Error(`dataArchive: "${file.path}" is given twice`);
    const bytes = typeof file.content === 'string' ? strToU8(file.content) : file.content;
    entries[file.path] = [bytes, { mtime }];
  }
  return zipSync(entries, { level: 9 });
}

/**
 * The archive's README.txt: what the files are, who publishes them under which licence, where
 * they come from, and how to check them against the catalogue's SHA-256 checksums. Lines end in
 * CRLF so Notepad shows them too.
 */
export function archiveReadme(about: {
  siteName: string;
  publisher: string;
  email: string;
  /** Absolute URLs. */
  urls: { site: string; data: string; catalog: string };
  licence: { id: string; name: string; url: string };
  /** `YYYY-MM-DD` of the latest change to any dataset. */
  modified: string;
  datasets: { id: string; title: string; licence: string }[];
}): string {
  const example = about.datasets[0]?.id ?? 'dataset';
  const otherLicences = about.datasets.filter((dataset) => dataset.licence !== about.licence.id);
  const lines = [
    openDataTitle(about.siteName),
    '',
    `Published by ${about.publisher} (${about.email}) at ${about.urls.data}`,
    `Data as of ${about.modified}, the date of the latest change to any dataset.`,
    '',
    'What the files are',
    '',
    'data/<id>.csv               one row per observation: dataset_id, series_id, period,',
    '                            period_start, period_end, value, unit, status',
    '                            (UTF-8 with a byte order mark, comma-separated, CRLF)',
    'data/<id>.json              the dataset with its methodology, sources, verification',
    '                            and restatements, and its provenance',
    'data/<id>/datapackage.json  Frictionless tabular data package: the CSV described by a',
    '                            Table Schema (types, unit, primary key), licence and sources',
    'data/catalog.jsonld         DCAT catalogue (JSON-LD) of every dataset and file, with',
    '                            each file’s size and SHA-256 checksum',
    '',
    'Each file is the one the site serves at the same path, so the pages and the files agree.',
    '',
    'Datasets',
    '',
    ...about.datasets.map((dataset) => `${dataset.id}: ${dataset.title}`),
    '',
    'Licence',
    '',
    `${about.licence.name} (${about.licence.id}), ${about.licence.url}`,
    ...otherLicences.map((dataset) => `except ${dataset.id}: ${dataset.licence}`),
    `Credit: ${about.publisher}, ${about.urls.site}`,
    '',
    'Where the figures come from',
    '',
    "Every dataset's JSON lists its sources, methodology and who checked the figures;",
    'its page on the site says the same in words.',
    '',
    'Checking that a file has not changed',
    '',
    'data/catalog.jsonld gives the SHA-256 of every file (spdx:checksumValue). Compare:',
    `  Linux:              sha256sum data/${example}.csv`,
    `  macOS:              shasum -a 256 data/${example}.csv`,
    `  Windows PowerShell: Get-FileHash data\\${example}.csv -Algorithm SHA256`,
    'PowerShell prints the digest in capitals; it is the same value.',
    `The newest catalogue is always at ${about.urls.catalog}`,
    '',
  ];
  return lines.join('\r\n');
}
