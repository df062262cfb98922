import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-add-remote-without-checksum.js';

const download = /^Add `--checksum=sha256:<digest>`/;
const git = /^Pin the Git source to a commit/;
const sha = '4f07059567fa61c80397126e8063dbbde011b794';

testRule(rule, {
  valid: [
    'FROM alpine\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/linux.tar.gz /',
    'FROM alpine\nADD --checksum=${TOOL_SHA256} https://example.com/tool /usr/local/bin/tool',
    'FROM alpine\nADD rootfs.tar.gz /',
    'FROM alpine\nADD config.yml /etc/app/',
    'FROM alpine\nCOPY . .',
    `FROM alpine\nADD https://github.com/moby/buildkit.git#${sha} /src`,
    `FROM alpine\nADD git@github.com:moby/buildkit.git#${sha}:docs /docs`,
    `FROM alpine\nADD --checksum=${sha} https://github.com/moby/buildkit.git#v0.10.1 /src`,
    { name: 'unknown variable may be a local file', code: 'FROM alpine\nARG ARTIFACT\nADD ${ARTIFACT} /opt/' },
    { name: 'Git ref from an ARG without a default', code: 'FROM alpine\nARG REF\nADD https://github.com/moby/buildkit.git#${REF} /src' },
    { name: 'Git ref from an ARG holding a commit', code: `FROM alpine\nARG REF=${sha}\nADD https://github.com/moby/buildkit.git#\${REF} /src` },
    { name: 'query form with a commit checksum', code: `FROM alpine\nADD https://github.com/moby/buildkit.git?ref=v0.12.0&checksum=${sha} /src` },
    { name: 'query form with an unknown ref', code: 'FROM alpine\nARG VERSION\nADD https://github.com/golang/vuln.git?ref=${VERSION}&keep-git-dir=1 /src' },
    { name: 'heredoc', code: 'FROM alpine\nADD <<EOF /x\nhttps://example.com\nEOF' },
  ],
  invalid: [
    {
      code: 'FROM alpine\nADD https://example.com/tool /usr/local/bin/tool',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 29, message: download }],
    },
    { code: 'FROM alpine\nADD http://example.com/a.tgz /opt/', errors: [{ line: 2, column: 5, message: download }] },
    {
      name: 'URL from an ARG (resolved)',
      code: 'FROM alpine\nARG URL=https://example.com/tool\nADD ${URL} /usr/local/bin/tool',
      errors: [{ line: 3, column: 5, endColumn: 11, message: download }],
    },
    {
      name: 'URL with an unknown version is still a download',
      code: 'FROM alpine\nARG VERSION\nADD https://example.com/tool-${VERSION} /usr/local/bin/tool',
      errors: [{ line: 3, column: 5, message: download }],
    },
    {
      name: 'each URL of several',
      code: 'FROM alpine\nADD https://example.com/a \\\n    https://example.com/b /opt/',
      errors: [{ line: 2, column: 5, message: 'Add `--checksum=sha256:<digest>` so the build fails when the downloaded file changes' }, { line: 3, column: 5, endColumn: 26, message: 'Add `--checksum=sha256:<digest>` so the build fails when the downloaded file changes' }],
    },
    { code: 'FROM alpine\nADD ["https://example.com/a b", "/opt/"]', errors: [{ line: 2, column: 6, endColumn: 31, message: 'Add `--checksum=sha256:<digest>` so the build fails when the downloaded file changes' }] },
    { name: 'Git branch', code: 'FROM alpine\nADD https://github.com/moby/buildkit.git#master /src', errors: [{ line: 2, column: 5, message: git }] },
    { name: 'Git tag', code: 'FROM alpine\nADD --keep-git-dir=true git@github.com:moby/buildkit.git#v0.10.1 /src', errors: [{ line: 2, column: 25, message: git }] },
    { name: 'Git without ref', code: 'FROM alpine\nADD ssh://git@example.com/repo.git /src', errors: [{ line: 2, column: 5, message: git }] },
    {
      name: 'query form with a tag from an ARG',
      code: 'ARG VERSION=v1.1.4\nFROM alpine\nARG VERSION\nADD https://github.com/golang/vuln.git?ref=${VERSION}&keep-git-dir=1 /src',
      errors: [{ line: 4, column: 5, message: git }],
    },
    { name: 'short commit id is not a pin', code: 'FROM alpine\nADD https://github.com/moby/buildkit.git#4f07059 /src', errors: [{ line: 2, column: 5, message: git }] },
  ],
});
