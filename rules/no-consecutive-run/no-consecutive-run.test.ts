import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-consecutive-run.js';

const message = 'Multiple consecutive `RUN` instructions: join this command to the previous `RUN` with `&&`';

testRule(rule, {
  valid: [
    'FROM debian:12',
    'FROM debian:12\nRUN /foo.sh',
    'FROM debian:12\nRUN /foo.sh\nWORKDIR /\nRUN /bar.sh',
    'FROM debian:12\nRUN foo && bar\nRUN foobar',
    'FROM debian:12\nRUN foo; bar\nRUN foobar',
    'FROM debian:12\nRUN foobar\nRUN foo && bar',
    'FROM debian:12\nRUN foobar\nRUN foo; bar',
    'FROM debian:12\nRUN foo && bar\nRUN foo; bar',
    'FROM debian:12\nRUN foo \\\n    bar\nRUN a || b',
    { name: 'a pipeline is two commands', code: 'FROM debian:12\nRUN curl -fsSL https://x | sh\nRUN b' },
    { name: 'an if block runs several commands', code: 'FROM debian:12\nRUN if test -f /x; then a; fi\nRUN b' },
    { name: 'different mount flags', code: 'FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh' },
    { name: 'different secret ids', code: 'FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh' },
    { name: 'different network flags', code: 'FROM debian:12\nRUN --network=none /foo.sh\nRUN /bar.sh' },
    { name: 'heredoc RUN cannot be joined with &&', code: 'FROM debian:12\nRUN <<EOF\necho a\nEOF\nRUN echo b' },
    { name: 'RUN after a heredoc RUN', code: 'FROM debian:12\nRUN echo a\nRUN <<EOF\necho b\nEOF' },
    { name: 'heredoc as input of a command', code: 'FROM debian:12\nRUN echo a\nRUN cat <<EOF > /x\nb\nEOF' },
    { name: 'RUNs in different stages', code: 'FROM debian:12 AS a\nRUN /foo.sh\nFROM debian:12\nRUN /bar.sh' },
    { name: 'ONBUILD is not checked', code: 'FROM debian:12\nONBUILD RUN /foo.sh\nONBUILD RUN /bar.sh' },
    { name: 'ONBUILD RUN between RUNs', code: 'FROM debian:12\nRUN /foo.sh\nONBUILD RUN /x.sh\nRUN /bar.sh' },
    {
      name: 'PowerShell commands cannot be counted',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host a\nRUN Write-Host b',
    },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN /foo.sh\nRUN /bar.sh', errors: [{ line: 3, column: 1, endLine: 3, endColumn: 4, message }] },
    { name: 'a comment between', code: 'FROM debian:12\nRUN /foo.sh\n# a comment\nRUN /bar.sh', errors: [{ line: 4, column: 1 }] },
    {
      name: 'comments and blank lines between',
      code: 'FROM debian:12\nRUN /foo.sh\n\n# a comment\n\n# another comment\nRUN /bar.sh',
      errors: [{ line: 7, column: 1 }],
    },
    { name: 'equal mount flags', code: 'FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh', errors: [{ line: 3, column: 1 }] },
    {
      name: 'equal mount flags written in another order',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/root/.cache /foo.sh\nRUN --mount=target=/root/.cache,type=cache /bar.sh',
      errors: [{ line: 3, column: 1 }],
    },
    { name: 'three in a row', code: 'FROM debian:12\nRUN a\nRUN b\nRUN c', errors: [{ line: 3, column: 1 }, { line: 4, column: 1 }] },
    { name: 'after a chain', code: 'FROM debian:12\nRUN foo && bar\nRUN foo\nRUN bar', errors: [{ line: 4, column: 1 }] },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["/foo.sh"]\nRUN ["/bar.sh", "-x"]', errors: [{ line: 3, column: 1 }] },
    { name: 'a substitution is not a second command', code: 'FROM debian:12\nRUN echo "$(date)" > /built\nRUN /bar.sh', errors: [{ line: 3, column: 1 }] },
    { name: 'one command over several lines', code: 'FROM debian:12\nRUN a\nRUN apt-get install -y \\\n    curl', errors: [{ line: 3, column: 1 }] },
    { name: 'a [ ] test is not a command (as in hadolint)', code: 'FROM debian:12\nRUN if [ -f /x ]; then a; fi\nRUN b', errors: [{ line: 3, column: 1 }] },
    { name: 'lower-case keyword', code: 'FROM debian:12\nrun a\nrun b', errors: [{ line: 3, column: 1, endColumn: 4 }] },
    { name: 'before the first FROM is the same', code: 'FROM debian:12\nUSER app\nRUN a\nRUN b', errors: [{ line: 4, column: 1 }] },
  ],
});
