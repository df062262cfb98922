import type { Finding, RuleMeta } from '../../engine/types.js';
import { REPOSITORY_URL } from '../../repository.js';
import type { PragmaLocation, SuppressedFinding } from '../../suppress/types.js';
import type { FileResult, FormatContext, Formatter } from '../types.js';
import { artifactLocation, SRCROOT, srcRootUri } from './artifact-uri.js';
import { describeCode, LEVEL } from './descriptors.js';
import { lineHashes } from './line-hash.js';
import type { ArtifactLocation, Fix, Location, Log, Region, RelatedLocation, ReportingDescriptor, Result, Run, Suppression } from './sarif-types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A finding and, when a pragma hid it (`--include-suppressed`), the pragmas. */
interface Entry {
  readonly finding: Finding;
  readonly pragmas?: readonly PragmaLocation[];
}

/** The range of a finding, a fix edit or a pragma. */
interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Finding ranges are 1-based with an exclusive end column in UTF-16 units: exactly SARIF's regions. */
function region(range: Span): Region {
  return { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn };
}

function location(artifact: ArtifactLocation, range: Span): Location {
  return { physicalLocation: { artifactLocation: artifact, region: region(range) } };
}

function fixOf(finding: Finding, artifact: ArtifactLocation): Fix[] {
  if (!finding.fix) return [];
  const replacements = finding.fix.edits.map((edit) => ({
    deletedRegion: region(edit),
    ...(edit.text === '' ? {} : { insertedContent: { text: edit.text } }),
  }));
  return [{ description: { text: finding.fix.description }, artifactChanges: [{ artifactLocation: artifact, replacements }] }];
}

/** The finding's related places, numbered from 0 in the order the rule gave them. */
function relatedLocationsOf(finding: Finding, artifact: ArtifactLocation): RelatedLocation[] {
  return (finding.related ?? []).map((related, id) => ({ id, ...location(artifact, related), message: { text: related.message } }));
}

function suppressionOf(pragma: PragmaLocation, artifact: ArtifactLocation): Suppression {
  return {
    kind: 'inSource',
    status: 'accepted',
    ...(pragma.reason ? { justification: pragma.reason } : {}),
    location: location(artifact, pragma),
  };
}

/** Findings and suppressed findings of one file, in position order (the sort is stable). */
function entriesOf(result: FileResult): Entry[] {
  const suppressed = (result.suppressed ?? []).map((s: SuppressedFinding): Entry => ({ finding: s.finding, pragmas: s.pragmas }));
  const entries: Entry[] = [...result.findings.map((finding) => ({ finding })), ...suppressed];
  return entries.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
}

/** The descriptors of the codes that fired, sorted by code so that `ruleIndex` is stable. */
function descriptorsOf(entries: readonly Entry[], context: FormatContext): Map<string, { index: number; descriptor: ReportingDescriptor }> {
  const metadata = new Map<string, RuleMeta>(context.rules.map((rule) => [rule.code, rule]));
  const firsts = new Map<string, Finding>();
  for (const { finding } of entries) if (!firsts.has(finding.code)) firsts.set(finding.code, finding);
  const codes = [...firsts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(codes.map((code, index) => [code, { index, descriptor: describeCode(firsts.get(code)!, metadata, context.version) }]));
}

/** `automationDetails.id` for a code-scanning category: GitHub takes everything up to the last `/` as the category. */
export function automationId(category: string): string {
  return category.endsWith('/') ? category : `${category}/`;
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF readers: one run with a descriptor for
 * each code that fired and a result for each finding; with `--include-suppressed`, also the
 * findings inline pragmas suppressed, marked as such. docs/formatters.md describes the mapping.
 */
export const sarif: Formatter = {
  name: 'sarif',
  description: 'SARIF 2.1.0, for GitHub code scanning',
  readsText: true,
  format(results, context) {
    const perFile = results.map((result) => ({ result, entries: entriesOf(result) }));
    const descriptors = descriptorsOf(perFile.flatMap((f) => f.entries), context);
    const sarifResults: Result[] = [];
    for (const { result, entries } of perFile) {
      if (entries.length === 0) continue;
      const artifact = artifactLocation(result.file, context.cwd);
      const hashes = lineHashes(result.text);
      for (const { finding, pragmas } of entries) {
        const { index } = descriptors.get(finding.code)!;
        const hash = hashes[finding.line - 1];
        const fixes = fixOf(finding, artifact);
        const related = relatedLocationsOf(finding, artifact);
        sarifResults.push({
          ruleId: finding.code,
          ruleIndex: index,
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [location(artifact, finding)],
          ...(related.length > 0 ? { relatedLocations: related } : {}),
          ...(hash === undefined ? {} : { partialFingerprints: { primaryLocationLineHash: hash } }),
          ...(fixes.length > 0 ? { fixes } : {}),
          // Only suppressed results carry `suppressions`: some readers take any such array, even an empty one, as suppressed.
          ...(pragmas ? { suppressions: pragmas.map((pragma) => suppressionOf(pragma, artifact)) } : {}),
        });
      }
    }
    const category = context.category?.trim();
    const run: Run = {
      tool: {
        driver: {
          name: 'dflint',
          version: context.version,
          semanticVersion: context.version,
          informationUri: REPOSITORY_URL,
          rules: [...descriptors.values()].map((d) => d.descriptor),
        },
      },
      ...(category ? { automationDetails: { id: automationId(category) } } : {}),
      originalUriBaseIds: { [SRCROOT]: { uri: srcRootUri(context.cwd) } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    };
    const log: Log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};
