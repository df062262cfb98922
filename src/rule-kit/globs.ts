/** Whether a path spells glob syntax (`*`, `?`, `[`) that the shell or BuildKit expands. */
export function hasGlob(path: string): boolean {
  return /[*?[]/.test(path);
}

/**
 * A glob (`*`, `?`, `[...]`, `[!...]`) as a regular expression on one path: `*` and `?` never
 * match a `/`, and a `[` without a closing `]` is literal. Used for shell words (`rm -rf
 * /var/lib/apt/lists/*`) and COPY sources alike: they differ only in corner cases that real
 * Dockerfiles do not reach.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') pattern += '[^/]*';
    else if (c === '?') pattern += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        pattern += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      pattern += `[${body}]`;
      i = close;
    } else pattern += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}
