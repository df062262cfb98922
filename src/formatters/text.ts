/**
 * A message on one line, for line-oriented formats and for fields that must not break (gnu,
 * compact, Code Climate, GitLab, SonarQube): each run of line breaks, with the blanks around
 * it, becomes one space.
 */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
