import { Ajv } from 'ajv';

/**
 * JSON Schemas of the machine reports dflint writes, as their consumers define them, for tests.
 * Each states what the consumer requires (GitLab's own validator, the Code Climate spec and
 * SonarQube's report validator) plus what dflint promises on top (every field it writes).
 */

const CATEGORIES = ['Bug Risk', 'Clarity', 'Compatibility', 'Complexity', 'Duplication', 'Performance', 'Security', 'Style'];
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];
const line = { type: 'integer', minimum: 1 };
const position = { type: 'object', required: ['line', 'column'], additionalProperties: false, properties: { line, column: { type: 'integer', minimum: 1 } } };

/** One Code Climate issue (spec/analyzers/SPEC.md), with the location form each format uses. */
function issue(location: object): object {
  return {
    type: 'object',
    required: ['type', 'check_name', 'description', 'categories', 'location', 'severity', 'fingerprint'],
    additionalProperties: false,
    properties: {
      type: { const: 'issue' },
      check_name: { type: 'string', minLength: 1 },
      // One line, as the spec requires.
      description: { type: 'string', minLength: 1, pattern: '^[^\\n\\r]*$' },
      content: { type: 'object', required: ['body'], additionalProperties: false, properties: { body: { type: 'string', minLength: 1 } } },
      categories: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: CATEGORIES } },
      location,
      severity: { enum: SEVERITIES },
      fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    },
  };
}

/** GitLab reads `location.lines.begin` (app/validators/json_schemas/codeclimate.json requires description, fingerprint, severity, location). */
const gitlabSchema = {
  type: 'array',
  items: issue({
    type: 'object',
    required: ['path', 'lines'],
    additionalProperties: false,
    properties: {
      path: { type: 'string', minLength: 1, not: { pattern: '^(/|\\./|\\.\\./)' } },
      lines: { type: 'object', required: ['begin', 'end'], additionalProperties: false, properties: { begin: line, end: line } },
    },
  }),
};

const codeClimateSchema = issue({
  type: 'object',
  required: ['path', 'positions'],
  additionalProperties: false,
  properties: {
    path: { type: 'string', minLength: 1 },
    positions: { type: 'object', required: ['begin', 'end'], additionalProperties: false, properties: { begin: position, end: position } },
  },
});

/** A location of an issue: its message, file and range. */
const sonarLocation = {
  type: 'object',
  required: ['message', 'filePath', 'textRange'],
  additionalProperties: false,
  properties: {
    message: { type: 'string', minLength: 1, pattern: '^[^\\n\\r]*$' },
    filePath: { type: 'string', minLength: 1 },
    textRange: {
      type: 'object',
      required: ['startLine'],
      additionalProperties: false,
      properties: { startLine: line, endLine: line, startColumn: { type: 'integer', minimum: 0 }, endColumn: { type: 'integer', minimum: 0 } },
    },
  },
};

/** SonarQube 10.3+ (ExternalIssueReportValidator): rules with id, name, engineId, cleanCodeAttribute and impacts; issues without severity or type. */
const sonarSchema = {
  type: 'object',
  required: ['rules', 'issues'],
  additionalProperties: false,
  properties: {
    rules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'engineId', 'cleanCodeAttribute', 'impacts'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1 },
          name: { type: 'string', minLength: 1 },
          description: { type: 'string', minLength: 1 },
          engineId: { const: 'dflint' },
          cleanCodeAttribute: {
            enum: ['FORMATTED', 'CONVENTIONAL', 'IDENTIFIABLE', 'CLEAR', 'LOGICAL', 'COMPLETE', 'EFFICIENT', 'FOCUSED', 'DISTINCT', 'MODULAR', 'TESTED', 'LAWFUL', 'TRUSTWORTHY', 'RESPECTFUL'],
          },
          impacts: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['softwareQuality', 'severity'],
              additionalProperties: false,
              properties: { softwareQuality: { enum: ['SECURITY', 'RELIABILITY', 'MAINTAINABILITY'] }, severity: { enum: ['HIGH', 'MEDIUM', 'LOW'] } },
            },
          },
        },
      },
    },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ruleId', 'primaryLocation'],
        additionalProperties: false,
        properties: {
          ruleId: { type: 'string', minLength: 1 },
          primaryLocation: sonarLocation,
          secondaryLocations: { type: 'array', minItems: 1, items: sonarLocation },
        },
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = { gitlab: ajv.compile(gitlabSchema), codeclimate: ajv.compile(codeClimateSchema), sonarqube: ajv.compile(sonarSchema) };

/** Validates one report (for `codeclimate`, one issue): undefined when valid, else the errors. */
export function validateReport(format: keyof typeof validators, data: unknown): string | undefined {
  const validate = validators[format];
  return validate(data) ? undefined : JSON.stringify(validate.errors);
}

/** The issues of a `codeclimate` stream: each JSON document ends with a NUL character. */
export function parseCodeClimateStream(output: string): unknown[] {
  if (output === '') return [];
  if (!output.endsWith('\0\n')) throw new Error('the stream does not end with a NUL and a newline');
  return output.slice(0, -2).split('\0\n').map((document) => JSON.parse(document) as unknown);
}

/**
 * Why SonarQube's scanner would reject a text range in this file, or undefined: it counts lines
 * ended by `\r\n`, `\n` or `\r` without a byte order mark, wants columns within their lines and
 * a start before the end (DefaultInputFile.newPointer and newRange); without `startColumn` it
 * selects the line.
 */
export function sonarRangeProblem(range: { startLine: number; endLine?: number; startColumn?: number; endColumn?: number }, text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const lengthOf = (n: number) => lines[n - 1]?.length;
  if (lengthOf(range.startLine) === undefined) return `line ${range.startLine} is not in the file (${lines.length} lines)`;
  if (range.startColumn === undefined) return undefined;
  const endLine = range.endLine ?? range.startLine;
  if (lengthOf(endLine) === undefined) return `end line ${endLine} is not in the file`;
  const endColumn = range.endColumn ?? lengthOf(endLine)!;
  if (range.startColumn > lengthOf(range.startLine)!) return `start column ${range.startColumn} is past line ${range.startLine} (${lengthOf(range.startLine)} characters)`;
  if (endColumn > lengthOf(endLine)!) return `end column ${endColumn} is past line ${endLine} (${lengthOf(endLine)} characters)`;
  if (endLine < range.startLine || (endLine === range.startLine && endColumn <= range.startColumn)) return 'the range does not start before it ends';
  return undefined;
}
