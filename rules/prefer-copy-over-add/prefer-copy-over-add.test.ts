import { testRule } from '../../test/support/rule-tester.js';
import rule from './prefer-copy-over-add.js';

const message = 'Use `COPY` instead of `ADD` for files and folders';

testRule(rule, {
  valid: [
    'FROM alpine\nCOPY requirements.txt /app/',
    'FROM alpine\nADD rootfs.tar.xz /',
    'FROM alpine\nADD vendor.tar.gz app.tgz /opt/',
    'FROM alpine\nADD https://example.com/tool.bin /usr/local/bin/tool',
    'FROM alpine\nADD http://example.com/x /x',
    'FROM alpine\nADD ["data.tar.bz2", "/data/"]',
    'FROM alpine\nADD "rootfs.tar.gz" /',
    'FROM alpine\nADD image.tar.zst /',
    'FROM alpine\nADD git@github.com:moby/buildkit.git#v0.10.1 /src',
    'FROM alpine\nADD https://github.com/moby/buildkit.git#v0.10.1 /src',
    { name: 'ARG holding a URL (hadolint#769)', code: 'FROM alpine\nARG URL=https://example.com/tool.bin\nADD ${URL} /usr/local/bin/tool' },
    { name: 'ENV holding a URL', code: 'FROM alpine\nENV BASE=https://example.com\nADD $BASE/tool.bin /usr/local/bin/tool' },
    { name: 'global ARG redeclared in the stage', code: 'ARG URL=https://example.com/a\nFROM alpine\nARG URL\nADD ${URL} /a' },
    { name: 'ARG without a value hides the source', code: 'FROM alpine\nARG SOURCE\nADD ${SOURCE} /x' },
    { name: 'undeclared variable', code: 'FROM alpine\nADD $ARTIFACT /x' },
    { name: 'archive name with a version variable', code: 'FROM alpine\nARG VERSION\nADD app-${VERSION}.tar.gz /opt/' },
    { name: 'URL with a version variable', code: 'FROM alpine\nARG VERSION\nADD https://example.com/app-${VERSION}.bin /opt/app' },
    { name: 'name ends with an unknown variable', code: 'FROM alpine\nARG EXT\nADD app.${EXT} /opt/' },
    { name: 'COPY is never reported', code: 'FROM alpine\nCOPY . .' },
  ],
  invalid: [
    { code: 'FROM alpine\nADD requirements.txt /app/', errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message }], output: 'FROM alpine\nCOPY requirements.txt /app/' },
    { code: 'FROM alpine\nADD . /app', errors: [{ line: 2, column: 1, message: 'Use `COPY` instead of `ADD` for files and folders' }], output: 'FROM alpine\nCOPY . /app' },
    { name: '.zip is not unpacked by ADD', code: 'FROM alpine\nADD app.zip /opt/', errors: [{ line: 2, column: 1, message: 'Use `COPY` instead of `ADD` for files and folders' }], output: 'FROM alpine\nCOPY app.zip /opt/' },
    { code: 'FROM alpine\nadd --chown=app:app src/ /app/src/', errors: [{ line: 2, column: 1, endColumn: 4, message: 'Use `COPY` instead of `ADD` for files and folders' }], output: 'FROM alpine\ncopy --chown=app:app src/ /app/src/' },
    { code: 'FROM alpine\nADD ["a b.txt", "/app/"]', errors: [{ line: 2, column: 1, message: 'Use `COPY` instead of `ADD` for files and folders' }], output: 'FROM alpine\nCOPY ["a b.txt", "/app/"]' },
    {
      name: 'heredoc source',
      code: 'FROM alpine\nADD <<EOF /etc/motd\nhello\nEOF',
      errors: [{ line: 2, column: 1, endColumn: 4, message: 'Use `COPY` instead of `ADD` for files and folders' }],
      output: 'FROM alpine\nCOPY <<EOF /etc/motd\nhello\nEOF',
    },
    {
      name: 'ARG resolving to a plain file',
      code: 'FROM alpine\nARG CONFIG=app.conf\nADD ${CONFIG} /etc/app/',
      errors: [{ line: 3, column: 1, message: 'Use `COPY` instead of `ADD` for files and folders' }],
      output: 'FROM alpine\nARG CONFIG=app.conf\nCOPY ${CONFIG} /etc/app/',
    },
    {
      name: 'a plain file beside an archive: reported, no fix',
      code: 'FROM alpine\nADD vendor.tar.gz config.yml /opt/',
      errors: [{ line: 2, column: 1, message: 'Use `COPY` instead of `ADD` for files and folders' }],
    },
    {
      name: 'a plain file beside a URL: reported, no fix',
      code: 'FROM alpine\nADD https://example.com/a.bin config.yml /opt/',
      errors: [{ line: 2, column: 1, message: 'Use `COPY` instead of `ADD` for files and folders' }],
    },
    {
      name: 'a plain file beside an unknown variable: reported, no fix',
      code: 'FROM alpine\nADD $EXTRA config.yml /opt/',
      errors: [{ line: 2, column: 1, message: 'Use `COPY` instead of `ADD` for files and folders' }],
    },
    {
      name: 'ADD-only flag: reported, no fix',
      code: 'FROM alpine\nADD --unpack=false notes.txt /opt/',
      errors: [{ line: 2, column: 1, message: 'Use `COPY` instead of `ADD` for files and folders' }],
    },
    {
      name: 'version variable inside a plain file name',
      code: 'FROM alpine\nARG VERSION\nADD notes-${VERSION}.txt /opt/',
      errors: [{ line: 3, column: 1, message: 'Use `COPY` instead of `ADD` for files and folders' }],
      output: 'FROM alpine\nARG VERSION\nCOPY notes-${VERSION}.txt /opt/',
    },
    {
      name: 'continuation line',
      code: 'FROM alpine\nADD \\\n  a.txt \\\n  b.txt /opt/',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: 'Use `COPY` instead of `ADD` for files and folders' }],
      output: 'FROM alpine\nCOPY \\\n  a.txt \\\n  b.txt /opt/',
    },
  ],
});
