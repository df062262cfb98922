import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver/node';
import { parseDockerfile } from '../../src/lint.js';
import { ignoreForLineEdit, ignoreInFileEdit } from '../../src/lsp/ignore-edits.js';

function apply(text: string, edit: TextEdit | undefined): string {
  expect(edit).toBeDefined();
  return TextDocument.applyEdits(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text), [edit!]);
}

describe('Ignore CODE for this line', () => {
  it('adds a pragma above the instruction holding the line, with its indentation and line ending', async () => {
    const text = 'FROM debian:12\r\n\tRUN apt-get install -y \\\r\n\t  curl\r\n';
    expect(apply(text, ignoreForLineEdit(await parseDockerfile(text), 2, 'DL3008'))).toBe('FROM debian:12\r\n\t# dflint ignore=DL3008\r\n\tRUN apt-get install -y \\\r\n\t  curl\r\n');
  });

  it("adds the code to a dflint pragma in the comments above, before its reason, and leaves hadolint's alone", async () => {
    const text = 'FROM debian:12\n# dflint ignore=DL3015 -- minimal image\n# hadolint ignore=DL3009\n# installs curl\nRUN apt-get install -y curl\n';
    expect(apply(text, ignoreForLineEdit(await parseDockerfile(text), 4, 'DL3008'))).toBe('FROM debian:12\n# dflint ignore=DL3015,DL3008 -- minimal image\n# hadolint ignore=DL3009\n# installs curl\nRUN apt-get install -y curl\n');
    const hadolintOnly = 'FROM debian:12\n# hadolint ignore=DL3009\nRUN apt-get install -y curl\n';
    expect(apply(hadolintOnly, ignoreForLineEdit(await parseDockerfile(hadolintOnly), 2, 'DL3008'))).toBe('FROM debian:12\n# hadolint ignore=DL3009\n# dflint ignore=DL3008\nRUN apt-get install -y curl\n');
  });

  it('does not reach past a blank line or another instruction for a pragma', async () => {
    const text = '# dflint ignore=DL3006\nFROM debian\n\nRUN cd /tmp\n';
    expect(apply(text, ignoreForLineEdit(await parseDockerfile(text), 3, 'DL3003'))).toBe('# dflint ignore=DL3006\nFROM debian\n\n# dflint ignore=DL3003\nRUN cd /tmp\n');
  });

  it('offers nothing for a line no instruction holds', async () => {
    const text = 'FROM debian:12\n# a comment\n';
    expect(ignoreForLineEdit(await parseDockerfile(text), 1, 'DF0002')).toBeUndefined();
  });
});

describe('Ignore CODE in this file', () => {
  it('adds a global pragma after the parser directives, or to the one there is', async () => {
    const text = '# escape=`\n# check=error=true\nFROM debian\n';
    const once = apply(text, ignoreInFileEdit(await parseDockerfile(text), 'DL3006'));
    expect(once).toBe('# escape=`\n# check=error=true\n# dflint global ignore=DL3006\nFROM debian\n');
    expect(apply(once, ignoreInFileEdit(await parseDockerfile(once), 'DL3003'))).toBe('# escape=`\n# check=error=true\n# dflint global ignore=DL3006,DL3003\nFROM debian\n');
  });

  it('writes a line of its own after a last line without a line break, and does not extend ignore-file', async () => {
    const text = '# syntax=docker/dockerfile:1';
    expect(apply(text, ignoreInFileEdit(await parseDockerfile(text), 'DL3006'))).toBe('# syntax=docker/dockerfile:1\n# dflint global ignore=DL3006');
    const ignoreFile = 'FROM debian\n# dflint ignore-file\n';
    expect(apply(ignoreFile, ignoreInFileEdit(await parseDockerfile(ignoreFile), 'DL3006'))).toBe('# dflint global ignore=DL3006\nFROM debian\n# dflint ignore-file\n');
  });
});
