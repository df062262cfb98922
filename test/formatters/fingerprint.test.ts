import { describe, expect, it } from 'vitest';
import { fingerprints } from '../../src/formatters/fingerprint.js';
import { finding } from './make-results.js';

const TEXT = 'FROM ubuntu:latest\nRUN apt-get install -y curl\n';
const latest = finding();
const curl = finding({ code: 'DL3008', line: 2, column: 24, endLine: 2, endColumn: 28 });

describe('fingerprints', () => {
  it('are hex SHA-256 digests, one per finding, in order', () => {
    const prints = fingerprints('Dockerfile', TEXT, [latest, curl]);
    expect(prints).toHaveLength(2);
    for (const print of prints) expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(prints[0]).not.toBe(prints[1]);
  });

  it('are the same on every run', () => {
    expect(fingerprints('Dockerfile', TEXT, [latest, curl])).toEqual(fingerprints('Dockerfile', TEXT, [latest, curl]));
  });

  it('stay the same when lines above move the finding', () => {
    const [before] = fingerprints('Dockerfile', TEXT, [curl]);
    const shifted = `# syntax=docker/dockerfile:1\n\n${TEXT}`;
    const [after] = fingerprints('Dockerfile', shifted, [{ ...curl, line: 4, endLine: 4 }]);
    expect(after).toBe(before);
  });

  it('stay the same when the line is re-indented', () => {
    const [before] = fingerprints('Dockerfile', TEXT, [curl]);
    const [after] = fingerprints('Dockerfile', TEXT.replace('RUN apt-get', 'RUN   apt-get'), [{ ...curl, column: 26, endColumn: 30 }]);
    expect(after).toBe(before);
  });

  it('do not depend on the message', () => {
    expect(fingerprints('Dockerfile', TEXT, [{ ...latest, message: 'reworded' }])).toEqual(fingerprints('Dockerfile', TEXT, [latest]));
  });

  it('differ for identical findings in one file, and keep their order when lines move', () => {
    const text = 'FROM ubuntu:latest\nFROM ubuntu:latest\n';
    const twice = [latest, { ...latest, line: 2, endLine: 2 }];
    const prints = fingerprints('Dockerfile', text, twice);
    expect(new Set(prints).size).toBe(2);
    const shifted = fingerprints('Dockerfile', `\n${text}`, twice.map((f) => ({ ...f, line: f.line + 1, endLine: f.endLine + 1 })));
    expect(shifted).toEqual(prints);
  });

  it('tell apart findings of one code on one line by the text they flag', () => {
    const text = 'RUN apt-get install -y curl git\n';
    const prints = fingerprints('Dockerfile', text, [
      { ...curl, line: 1, endLine: 1 },
      { ...curl, line: 1, endLine: 1, column: 29, endColumn: 32 },
    ]);
    expect(new Set(prints).size).toBe(2);
  });

  it('differ by file and by code', () => {
    const [base] = fingerprints('Dockerfile', TEXT, [latest]);
    expect(fingerprints('other/Dockerfile', TEXT, [latest])[0]).not.toBe(base);
    expect(fingerprints('Dockerfile', TEXT, [{ ...latest, code: 'DL3006' }])[0]).not.toBe(base);
  });

  it('take ranges that run over lines, are empty, or lie outside the text', () => {
    const prints = fingerprints('Dockerfile', 'RUN a \\\n  b\n', [
      finding({ code: 'DL3059', line: 1, column: 1, endLine: 2, endColumn: 4 }),
      finding({ code: 'DF9999', line: 2, column: 4, endLine: 2, endColumn: 4 }),
      finding({ code: 'DF0001', line: 9, column: 1, endLine: 9, endColumn: 1 }),
    ]);
    expect(new Set(prints).size).toBe(3);
  });

  it('are empty for no findings', () => {
    expect(fingerprints('Dockerfile', TEXT, [])).toEqual([]);
  });
});
