import fc from 'fast-check';

/**
 * Dockerfiles for fuzzing: lines of real Dockerfiles put together at random, then damaged the
 * ways real files are (cut short, bytes changed, CRLF line ends, an escape directive, heredocs)
 * or built to break a parser (deep nesting of substitutions, groups and quotes).
 */
export function dockerfiles(fragments: readonly string[]): fc.Arbitrary<string> {
  const line = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...fragments) },
    { weight: 1, arbitrary: heredoc(fragments) },
    { weight: 1, arbitrary: nesting() },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
  const body = fc.tuple(fc.option(directive, { nil: undefined }), fc.array(line, { minLength: 1, maxLength: 12 }))
    .map(([head, lines]) => [...(head === undefined ? [] : [head]), ...lines].join('\n'));
  return fc.tuple(body, fc.array(mutation, { maxLength: 3 })).map(([text, mutations]) => mutations.reduce((t, mutate) => mutate(t), text));
}

/** Parser directives at the top of a file: the escape character changes how every line reads. */
const directive = fc.constantFrom('# escape=`', '# escape=\\', '# syntax=docker/dockerfile:1', '# check=skip=all', '# escape=x', '#escape=`\n# syntax=a');

function heredoc(fragments: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(
    fc.constantFrom('RUN <<EOF', 'RUN <<-EOF bash', 'RUN cat <<EOF > /a && <<"EOF" sh', 'COPY <<EOF /etc/x', 'RUN 3<<EOF cat', 'RUN <<EOF\n#!/usr/bin/env python3'),
    fc.array(fc.constantFrom(...fragments), { maxLength: 4 }),
    fc.constantFrom('EOF', '\tEOF', 'EOF ', ''),
  ).map(([open, body, close]) => [open, ...body, close].join('\n'));
}

/** A RUN (or other instruction) nested up to hundreds of levels deep (deeper costs CI time; test/model covers thousands). */
function nesting(): fc.Arbitrary<string> {
  const opener = fc.constantFrom(['$(', ')'], ['{ ', '; }'], ['( ', ' )'], ['"$(', ')"'], ['`', '`'], ['${A:-', '}'], ['[', ']'], ['if true; then ', '; fi']);
  return fc.tuple(fc.constantFrom('RUN echo ', 'CMD ', 'ENV A=', 'RUN ["', 'LABEL a='), opener, fc.integer({ min: 1, max: 100 }), fc.boolean())
    .map(([head, [open, close], depth, closed]) => head + open.repeat(depth) + 'x' + (closed ? close.repeat(depth) : ''));
}

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Cut short anywhere, mid-line or mid-character.
  fc.double({ min: 0, max: 1, noNaN: true }).map((at): Mutation => (t) => t.slice(0, Math.floor(t.length * at))),
  // One code unit replaced, lone surrogates, NUL and control characters included.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 0xffff })).map(([at, unit]): Mutation => (t) => {
    const i = Math.floor(t.length * at);
    return t.slice(0, i) + String.fromCharCode(unit) + t.slice(i + 1);
  }),
  // A character the grammar cares about, inserted.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('\\', '`', '\n', '\r', '"', "'", '$', '#', '<<', '\t', '\uFEFF', ' \\\n')).map(([at, s]): Mutation => (t) => {
    const i = Math.floor(t.length * at);
    return t.slice(0, i) + s + t.slice(i);
  }),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((t) => `\uFEFF${t}`),
  fc.constant<Mutation>((t) => `${t}\n`.repeat(2)),
);
