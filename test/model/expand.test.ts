import { describe, expect, it } from 'vitest';
import { expand, type KnownValue } from '../../src/model/expand.js';

const vars: Record<string, string> = { A: 'alpha', EMPTY: '', PATHV: '/usr/local/bin:/usr/bin', FILE: 'archive.tar.gz' };
const lookup = (name: string): KnownValue | undefined => (name in vars ? { value: vars[name]!, unresolved: [] } : undefined);
const value = (text: string) => expand(text, lookup).value;

describe('expand (BuildKit word expansion)', () => {
  it('substitutes $name and ${name}', () => {
    expect(value('$A-${A}')).toBe('alpha-alpha');
  });
  it('removes quotes and keeps single-quoted text literal', () => {
    expect(value(`"$A b" '$A'`)).toBe(`alpha b $A`);
  });
  it('honours escapes', () => {
    expect(value('\\$A')).toBe('$A');
    expect(value('"a\\"b"')).toBe('a"b');
  });
  it.each([
    ['${A:-x}', 'alpha'], ['${EMPTY:-x}', 'x'], ['${EMPTY-x}', ''], ['${NOPE:-x}', 'x'],
    ['${A:+set}', 'set'], ['${EMPTY:+set}', ''], ['${EMPTY+set}', 'set'],
    ['${FILE#*.}', 'tar.gz'], ['${FILE##*.}', 'gz'], ['${FILE%.*}', 'archive.tar'], ['${FILE%%.*}', 'archive'],
    ['${PATHV/usr/opt}', '/opt/local/bin:/usr/bin'], ['${PATHV//usr/opt}', '/opt/local/bin:/opt/bin'],
  ])('modifier %s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });
  it('keeps unknown variables as written and lists them', () => {
    expect(expand('python:${TAG}', lookup)).toEqual({ value: 'python:${TAG}', unresolved: ['TAG'] });
    expect(expand('$NOPE/x', lookup)).toEqual({ value: '$NOPE/x', unresolved: ['NOPE'] });
  });
  it('uses the default of an unknown variable but still reports it unresolved', () => {
    expect(expand('python:${TAG:-3.12}', lookup)).toEqual({ value: 'python:3.12', unresolved: ['TAG'] });
  });
  it('propagates unresolved names from a value', () => {
    const nested = (name: string): KnownValue | undefined => (name === 'B' ? { value: '${X}-y', unresolved: ['X'] } : undefined);
    expect(expand('$B', nested)).toEqual({ value: '${X}-y', unresolved: ['X'] });
  });
  it('uses the backtick escape when asked', () => {
    expect(expand('c:\\path `$A', lookup, '`').value).toBe('c:\\path $A');
  });
  it('expands nested defaults, and leaves a reference nested past 64 levels as written and unresolved', () => {
    expect(value('${NOPE:-${NADA:-${A}}}')).toBe('alpha');
    const deep = `${'${NOPE:-'.repeat(5000)}x${'}'.repeat(5000)}`;
    const expansion = expand(deep, lookup);
    expect(expansion.unresolved).toEqual(['NOPE']);
    expect(expansion.value).toBe(`${'${NOPE:-'.repeat(5000 - 64)}x${'}'.repeat(5000 - 64)}`);
  });
});
