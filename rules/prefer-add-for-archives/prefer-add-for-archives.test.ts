import { testRule } from '../../test/support/rule-tester.js';
import rule from './prefer-add-for-archives.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nADD app.tar.gz /opt/',
    { name: 'the archive is not extracted', code: 'FROM debian:12\nCOPY app.tar.gz /srv/downloads/' },
    { name: 'another file is extracted', code: 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/other.tar.gz' },
    { name: 'ADD cannot strip components (hadolint reports it)', code: 'FROM debian:12\nCOPY mosq.tar.gz /tmp\nRUN tar --strip=1 -xf /tmp/mosq.tar.gz -C /build/mosq' },
    { name: 'ADD cannot exclude members', code: 'FROM debian:12\nCOPY app.tar /tmp\nRUN tar -xf /tmp/app.tar --exclude=docs' },
    { name: 'ADD does not unpack zip files', code: 'FROM debian:12\nCOPY app.zip /tmp\nRUN unzip /tmp/app.zip' },
    { name: 'ADD does not decompress a lone gzipped file', code: 'FROM debian:12\nCOPY dump.sql.gz /tmp\nRUN gunzip /tmp/dump.sql.gz' },
    { name: 'creating an archive is not extracting one', code: 'FROM debian:12\nCOPY app.tar /tmp\nRUN tar -cf /tmp/app.tar /srv' },
    { name: 'a COPY from another stage', code: 'FROM debian:12 AS build\nRUN tar -czf /app.tgz /srv\nFROM debian:12\nCOPY --from=build /app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz' },
    { name: 'an earlier RUN does not count', code: 'FROM debian:12\nRUN tar -xzf /tmp/app.tgz || true\nCOPY app.tgz /tmp/' },
    { name: 'another stage extracting it does not count', code: 'FROM debian:12\nCOPY app.tgz /tmp/\nFROM debian:12\nRUN tar -xzf /tmp/app.tgz' },
    { name: 'an unknown file name is not judged', code: 'FROM debian:12\nARG PKG\nCOPY ${PKG} /tmp/\nRUN tar -xzf /tmp/app.tgz' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz',
      errors: [{ line: 2, column: 6, endColumn: 16, message: 'Use `ADD` for `app.tar.gz`: the RUN on line 3 extracts it, and ADD unpacks tar archives without keeping a copy in the image' }],
    },
    { name: 'long option', code: 'FROM debian:12\nCOPY app.tar /tmp/\nRUN tar --extract --file=/tmp/app.tar', errors: [{ line: 2, column: 6, message: 'Use `ADD` for `app.tar`: the RUN on line 3 extracts it, and ADD unpacks tar archives without keeping a copy in the image' }] },
    { name: 'old dashless form', code: 'FROM debian:12\nCOPY app.tar /tmp/\nRUN cd /opt && tar xvf /tmp/app.tar', errors: [{ line: 2, column: 6, message: 'Use `ADD` for `app.tar`: the RUN on line 3 extracts it, and ADD unpacks tar archives without keeping a copy in the image' }] },
    { name: 'a tar archive decompressed first', code: 'FROM debian:12\nCOPY app.tar.xz /tmp/\nRUN unxz /tmp/app.tar.xz && tar -xf /tmp/app.tar', errors: [{ line: 2, column: 6, message: 'Use `ADD` for `app.tar.xz`: the RUN on line 3 extracts it, and ADD unpacks tar archives without keeping a copy in the image' }] },
    { name: 'any file tar extracts is a tar archive', code: 'FROM debian:12\nCOPY bundle.bin /tmp/\nRUN tar -xf /tmp/bundle.bin -C /opt', errors: [{ line: 2, column: 6, endColumn: 16, message: 'Use `ADD` for `bundle.bin`: the RUN on line 3 extracts it, and ADD unpacks tar archives without keeping a copy in the image' }] },
    { name: 'a name from an ARG', code: 'FROM debian:12\nARG VERSION=1.2\nCOPY app-${VERSION}.tgz /tmp/\nRUN tar -xzf /tmp/app-1.2.tgz', errors: [{ line: 3, column: 6, message: /`app-1.2.tgz`/ }] },
    { name: 'one source of several', code: 'FROM debian:12\nCOPY a.txt app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz', errors: [{ line: 2, column: 12, message: 'Use `ADD` for `app.tgz`: the RUN on line 3 extracts it, and ADD unpacks tar archives without keeping a copy in the image' }] },
    { name: 'exec form', code: 'FROM debian:12\nCOPY ["app.tgz", "/tmp/"]\nRUN tar -xzf /tmp/app.tgz', errors: [{ line: 2, column: 7, endColumn: 16, message: 'Use `ADD` for `app.tgz`: the RUN on line 3 extracts it, and ADD unpacks tar archives without keeping a copy in the image' }] },
    { name: 'heredoc RUN', code: 'FROM debian:12\nCOPY app.tgz /tmp/\nRUN <<EOF\ntar -xzf /tmp/app.tgz\nEOF', errors: [{ line: 2, column: 6, message: 'Use `ADD` for `app.tgz`: the RUN on line 3 extracts it, and ADD unpacks tar archives without keeping a copy in the image' }] },
  ],
});
