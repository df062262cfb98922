import { isAbsolute, resolve } from 'node:path';
import type { Finding, Severity } from '../engine/types.js';
import { STDIN } from '../files/discover.js';
import { eachFile, formatStreamed } from './streamed.js';
import type { Formatter } from './types.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** GitHub has three annotation levels: info and style findings are notices. */
const LEVEL: Readonly<Record<Severity, AnnotationLevel>> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };

/** The properties of an annotation command, named as the runner reads them. */
export interface AnnotationProperties {
  /** Absent for standard input (`-`), which has no file in the repository. */
  readonly file?: string;
  readonly line: number;
  readonly endLine: number;
  /** Only when the range is on one line: GitHub rejects columns on a range across lines. */
  readonly col?: number;
  /** Exclusive, as in dflint's findings and SARIF; at least `col`. */
  readonly endColumn?: number;
  /** `CODE name`, such as `DL3008 pin-apt-versions`. */
  readonly title: string;
}

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly properties: AnnotationProperties;
  readonly message: string;
}

/**
 * The annotation of one finding. The file is an absolute path: the runner makes a path under
 * GITHUB_WORKSPACE relative to the repository itself (as it does for problem matchers), so the
 * annotation lands on the right file whatever folder dflint ran in.
 */
export function annotationOf(finding: Finding, cwd: string): Annotation {
  const oneLine = finding.line === finding.endLine;
  const properties: AnnotationProperties = {
    ...(finding.file === STDIN ? {} : { file: isAbsolute(finding.file) ? finding.file : resolve(cwd, finding.file) }),
    line: finding.line,
    ...(oneLine ? { col: finding.column } : {}),
    endLine: finding.endLine,
    ...(oneLine ? { endColumn: Math.max(finding.endColumn, finding.column) } : {}),
    title: `${finding.code} ${finding.name}`,
  };
  return { level: LEVEL[finding.severity], properties, message: finding.message };
}

/** Escapes a command's message as @actions/core does (`escapeData`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value as @actions/core does (`escapeProperty`): also `:` and `,`, which delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, without a line break. */
export function workflowCommand(annotation: Annotation): string {
  const properties = Object.entries(annotation.properties)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${annotation.level} ${properties}::${escapeData(annotation.message)}`;
}

/** One finding as a workflow command line (what the GitHub Action prints for each finding). */
export function formatAnnotation(finding: Finding, cwd: string): string {
  return workflowCommand(annotationOf(finding, cwd));
}

const stream = eachFile((context) => (result) => result.findings.map((f) => `${formatAnnotation(f, context.cwd)}\n`).join(''));

/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding,
 * which the runner turns into annotations on the run and on the pull request's changed lines.
 */
export const github: Formatter = {
  name: 'github',
  description: 'GitHub Actions annotations (workflow commands)',
  format: (results, context) => formatStreamed(stream, results, context),
  stream,
};
