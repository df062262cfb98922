import { posix, win32 } from 'node:path';
import { STDIN } from '../../files/discover.js';
import { relativeInside } from '../../files/relative-inside.js';
import type { ArtifactLocation } from './sarif-types.js';

/** The base every relative artifact URI resolves against: the folder dflint ran in. */
export const SRCROOT = '%SRCROOT%';

type PathApi = typeof posix;

/**
 * Windows paths are recognised by their shape rather than by the platform dflint runs on, so that
 * the mapping is the same, and testable, everywhere.
 */
function pathApiOf(cwd: string): PathApi {
  return /^([A-Za-z]:[\\/]|\\\\)/.test(cwd) ? win32 : posix;
}

/** Unpaired surrogates cannot be percent-encoded (encodeURIComponent throws): U+FFFD stands in. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One path segment as a URI segment: everything but unreserved characters percent-encoded (UTF-8). */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment.replace(LONE_SURROGATE, '\uFFFD'));
}

/** An absolute path as a `file:` URI (`file:///C:/x` for drive paths, `file://host/share/x` for UNC ones). */
function fileUri(absolute: string, api: PathApi): string {
  if (api === posix) return `file://${absolute.split('/').map(encodeSegment).join('/')}`;
  const unc = /^\\\\([^\\]+)\\(.*)$/.exec(absolute);
  if (unc) return `file://${encodeSegment(unc[1]!)}/${unc[2]!.split('\\').map(encodeSegment).join('/')}`;
  const [drive, ...rest] = absolute.split('\\');
  return `file:///${drive!.toUpperCase()}/${rest.map(encodeSegment).join('/')}`;
}

/** `originalUriBaseIds[%SRCROOT%]`: the folder as a `file:` URI ending in `/`, as SARIF requires of a base. */
export function srcRootUri(cwd: string): string {
  const api = pathApiOf(cwd);
  const uri = fileUri(api.resolve(cwd), api);
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/**
 * Where a finding's file is, for SARIF: a percent-encoded URI reference relative to
 * `%SRCROOT%` (the current folder) when the file is under it, which is what GitHub needs to
 * place alerts in the repository; a `file:` URI when it is elsewhere; `stdin` for standard
 * input read without `--stdin-filename`, which has no path.
 */
export function artifactLocation(file: string, cwd: string): ArtifactLocation {
  if (file === STDIN) return { uri: 'stdin', description: { text: 'Standard input' } };
  const api = pathApiOf(cwd);
  const absolute = api.resolve(cwd, file);
  const relative = relativeInside(api.resolve(cwd), absolute, api);
  if (relative === undefined) return { uri: fileUri(absolute, api) };
  return { uri: relative.split(api.sep).map(encodeSegment).join('/'), uriBaseId: SRCROOT };
}
