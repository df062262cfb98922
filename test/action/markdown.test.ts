import { describe, expect, it } from 'vitest';
import { code, link, message, row, text } from '../../src/action/markdown.js';

describe('job summary Markdown', () => {
  it('escapes text so that it opens no link, HTML, emphasis or table cell', () => {
    expect(text('a|b *c* _d_ [e](f) <script> `g` #h \\')).toBe('a\\|b \\*c\\* \\_d\\_ \\[e\\]\\(f\\) \\<script\\> \\`g\\` \\#h \\\\');
    expect(text('one\n  two\r\nthree')).toBe('one two three');
  });

  it('fences a code span longer than the backticks inside it', () => {
    expect(code('RUN ls')).toBe('`RUN ls`');
    expect(code('a ` b')).toBe('``a ` b``');
    expect(code('`x`')).toBe('`` `x` ``');
  });

  it('keeps the code spans of a message and escapes the rest', () => {
    expect(message('Use `COPY` instead of `ADD` for *files*')).toBe('Use `COPY` instead of `ADD` for \\*files\\*');
    expect(message('Pin `curl=<version>` | now')).toBe('Pin `curl=<version>` \\| now');
    expect(message('one ` unbalanced')).toBe('one \\` unbalanced');
    expect(message('``a ` b`` done')).toBe('``a ` b`` done');
  });

  it('links with a destination that may hold spaces and parentheses', () => {
    expect(link('x', 'https://h/a b(c)')).toBe('[x](<https://h/a%20b(c)>)');
    expect(link('x', 'https://h/<a>')).toBe('[x](<https://h/%3Ca%3E>)');
    expect(link('x', undefined)).toBe('x');
  });

  it('joins table cells', () => {
    expect(row(['a', 'b'])).toBe('| a | b |');
  });
});
