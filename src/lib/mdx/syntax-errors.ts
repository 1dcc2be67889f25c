/** What `@mdx-js/mdx` throws for a syntax error (a VFileMessage). */
interface MdxSyntaxError {
  reason?: string;
  line?: number;
  column?: number;
  ruleId?: string;
}

/** A syntax error in words an author can act on, with the line it is on. */
export interface ExplainedError {
  line: number | undefined;
  message: string;
}

/**
 * An MDX syntax error explained in plain words, keeping the parser's own wording after it for
 * whoever needs it: a `<` before a number or space (MDX reads it as the start of a tag), a
 * component left open that should end with `/>`, an element never closed, a stray `{`.
 * `selfClosing` names the components that take no content (`<KeyFigure … />`).
 */
export function explainMdxError(error: unknown, selfClosing: readonly string[]): ExplainedError {
  const { reason = String(error), line, column, ruleId } = error as MdxSyntaxError;
  const detail = ` (the MDX parser said: ${reason})`;
  const unclosed = /^Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)/.exec(reason);
  if (unclosed !== null) {
    const [, name = '', startLine] = unclosed;
    const message = selfClosing.includes(name)
      ? `<${name}> is not closed: end it with />, as in <${name} … />`
      : `<${name}> is opened but never closed: add </${name}> after its content, or end it with /> if it has none`;
    return { line: Number(startLine), message: `is not valid MDX: ${message}${detail}` };
  }
  const where = column === undefined ? '' : ` at column ${column}`;
  if (ruleId === 'unexpected-character' && reason.includes('to create a comment')) {
    return {
      line,
      message: `is not valid MDX${where}: HTML comments <!-- … --> do not work in MDX; write {/* … */} instead${detail}`,
    };
  }
  if (ruleId === 'unexpected-character' && /before name|after name|before attribute/.test(reason)) {
    return {
      line,
      message: `is not valid MDX${where}: < starts a tag (an element or a component) in MDX; to write a less-than sign, write \\< or &lt; (for example "attendance is \\<80%")${detail}`,
    };
  }
  if (ruleId === 'unexpected-eof' && reason.includes('closing brace')) {
    return {
      line,
      message: `is not valid MDX${where}: { starts an expression in MDX; to write a brace, write \\{${detail}`,
    };
  }
  return { line, message: `is not valid MDX${where}: ${reason}` };
}
