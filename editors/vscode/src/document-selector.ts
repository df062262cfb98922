import type { DocumentSelector } from 'vscode-languageclient/node';

/**
 * The file names dflint lints when it walks a folder (src/files/dockerfile-names.ts in the
 * repository), as one glob (matched case-sensitively, as dflint does). Files with these names are
 * sent to the server whatever language they were given; the server decides whether to lint them.
 */
export const DOCKERFILE_NAMES_GLOB = '**/{Dockerfile,Dockerfile.*,dockerfile,*.Dockerfile,*.dockerfile,Containerfile,Containerfile.*}';

/** Documents on disk or not yet saved that are Dockerfiles by language or by name. */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  { scheme: 'file', language: 'dockerfile' },
  { scheme: 'untitled', language: 'dockerfile' },
  { scheme: 'file', pattern: DOCKERFILE_NAMES_GLOB },
];
