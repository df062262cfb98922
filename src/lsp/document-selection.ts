import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isDockerfileName } from '../files/dockerfile-names.js';

/** The file a document is, when it is one on disk (`file:` URIs); undefined for untitled and virtual documents. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Whether the server lints a document: the client calls it a Dockerfile, or its name is one `dflint <folder>` lints. */
export function isDockerfileDocument(document: TextDocument): boolean {
  if (document.languageId === 'dockerfile') return true;
  return isDockerfileName(basename(pathOf(document.uri) ?? uriPath(document.uri)));
}

/** The path part of any URI (`untitled:Dockerfile`, `vscode-vfs://host/repo/Dockerfile`), decoded when it can be. */
function uriPath(uri: string): string {
  const ends = [uri.indexOf('?'), uri.indexOf('#')].filter((index) => index >= 0);
  const path = uri.slice(0, Math.min(uri.length, ...ends));
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
