/**
 * What a fix must keep of a file's text that no rule sees: its byte order mark (the model reads
 * the text without it), its line endings and whether it ends with a line break.
 */
export interface TextShape {
  readonly bom: boolean;
  readonly eol: '\n' | '\r\n';
  readonly finalNewline: boolean;
}

const BOM = '\uFEFF';

/** The shape of a file's text; a file with CRLF before its first bare LF is a CRLF file. */
export function shapeOf(text: string): TextShape {
  const firstBreak = text.indexOf('\n');
  return {
    bom: text.startsWith(BOM),
    eol: firstBreak > 0 && text.charCodeAt(firstBreak - 1) === 13 ? '\r\n' : '\n',
    finalNewline: text.endsWith('\n'),
  };
}

/** The text as the model and the fixes see it: without the byte order mark. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Gives fixed text (without BOM) the original's shape back: its BOM, and its final line break or the lack of one. */
export function restoreShape(fixed: string, shape: TextShape): string {
  let text = fixed;
  if (text.length > 0 && shape.finalNewline && !text.endsWith('\n')) text += shape.eol;
  if (!shape.finalNewline) text = text.replace(/\r?\n$/, '');
  return shape.bom ? BOM + text : text;
}
