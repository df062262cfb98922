/** A message on one line, for line-oriented formats: each line break and the blanks around it become one space. */
export function oneLine(message: string): string {
  return message.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
}
