import type { Problem } from '../content/problem.ts';
import { storyPlaceholders } from '../scaffold/placeholders.ts';

/** `text` with its notes blanked (MDX `{/* … *\/}`, YAML `# …` lines), lines kept in place. */
function withoutNotes(text: string): string {
  const blank = (note: string) => note.replace(/[^\n]/g, ' ');
  return text.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank).replace(/^[ \t]*#.*$/gm, blank);
}

/**
 * Problems for the template's words (`storyPlaceholders`) left in a story about to be
 * published, outside notes, one per place, at its line (`content/stories/x.mdx:14`). `text` is
 * the whole file, front matter included. A draft may hold them: the caller checks published
 * stories only.
 */
export function checkPlaceholders(file: string, text: string): Problem[] {
  const lines = withoutNotes(text).split('\n');
  return lines.flatMap((line, index) =>
    Object.values(storyPlaceholders)
      .filter((placeholder) => line.includes(placeholder))
      .map((placeholder) => ({
        file: `${file}:${index + 1}`,
        path: '',
        message: `found the template's placeholder "${placeholder}"; replace it with your own words before publishing, or keep draft: true until the story is ready`,
      })),
  );
}
