import { joinLines } from '../line-breaks.js';

/**
 * A message on one line, for line-oriented formats and for fields that must not break (gnu,
 * compact, Code Climate, GitLab, SonarQube): each run of line breaks, with the blanks around
 * it, becomes one space.
 */
export function oneLine(message: string): string {
  return joinLines(message).trim();
}
