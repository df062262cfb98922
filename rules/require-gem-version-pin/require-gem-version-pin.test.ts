import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-gem-version-pin.js';

testRule(rule, {
  valid: [
    'FROM ruby:3.3\nRUN gem install bundler:2.5.22',
    'FROM ruby:3.3\nRUN gem i bundler:2.5.22 rake:13.2.1',
    'FROM ruby:3.3\nRUN gem install bundler -v 2.5.22',
    'FROM ruby:3.3\nRUN gem install bundler --version "~> 2.5"',
    'FROM ruby:3.3\nRUN gem install bundler --version=2.5.22',
    'FROM ruby:3.3\nRUN gem install ./pkg/app-1.0.0.gem',
    'FROM ruby:3.3\nRUN gem install -i /opt/gems bundler:2.5.22',
    'FROM ruby:3.3\nRUN gem update --system',
    'FROM ruby:3.3\nRUN gem list',
    'FROM ruby:3.3\nRUN echo gem install bundler',
    { name: 'ARG version', code: 'FROM ruby:3.3\nARG BUNDLER_VERSION=2.5.22\nRUN gem install bundler:${BUNDLER_VERSION}' },
    { name: 'ARG without default is not judged', code: 'FROM ruby:3.3\nARG GEMS\nRUN gem install $GEMS' },
    { name: 'exec form', code: 'FROM ruby:3.3\nRUN ["gem", "install", "bundler:2.5.22"]' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN gem install bundler' },
  ],
  invalid: [
    {
      code: 'FROM ruby:3.3\nRUN gem install bundler',
      errors: [{ line: 2, column: 17, endLine: 2, endColumn: 24, message: 'Pin the version of `bundler`: `gem install bundler:<version>`' }],
    },
    { name: 'the word after a flag is a gem (hadolint drops it)', code: 'FROM ruby:3.3\nRUN gem install --no-document bundler', errors: [{ line: 2, column: 31, message: 'Pin the version of `bundler`: `gem install bundler:<version>`' }] },
    { name: 'gem i', code: 'FROM ruby:3.3\nRUN gem i -N rake', errors: [{ line: 2, column: 14, message: 'Pin the version of `rake`: `gem install rake:<version>`' }] },
    { name: 'source value is no gem', code: 'FROM ruby:3.3\nRUN gem install -s https://gems.example.com rake', errors: [{ line: 2, column: 45, message: 'Pin the version of `rake`: `gem install rake:<version>`' }] },
    {
      name: 'ARG value expanded',
      code: 'FROM ruby:3.3\nARG GEMS="rake:13.2.1 bundler"\nRUN gem install $GEMS',
      errors: [{
        line: 3, column: 17, endColumn: 22,
        message: 'Pin the version of `bundler`: `gem install bundler:<version>`',
        related: [{ line: 3, column: 17, endColumn: 22, message: '`bundler` (from `$GEMS`) has no pinned version' }],
      }],
    },
    {
      name: 'one finding per gem install (paraphrased from a Jekyll image)',
      code: 'FROM ruby:3.3\nRUN gem install --no-document jekyll bundler:2.5.22 jekyll-feed',
      errors: [{
        line: 2, column: 31, endColumn: 37,
        message: 'Pin the versions of `jekyll` and `jekyll-feed`: `gem install jekyll:<version>`',
        related: [
          { line: 2, column: 31, endColumn: 37, message: '`jekyll` has no pinned version' },
          { line: 2, column: 53, endColumn: 64, message: '`jekyll-feed` has no pinned version' },
        ],
      }],
    },
    { name: 'through sudo', code: 'FROM ruby:3.3\nRUN sudo gem install rake', errors: [{ line: 2, column: 22, message: 'Pin the version of `rake`: `gem install rake:<version>`' }] },
    { name: 'exec form', code: 'FROM ruby:3.3\nRUN ["gem", "install", "rake"]', errors: [{ line: 2, column: 24, endColumn: 30, message: 'Pin the version of `rake`: `gem install rake:<version>`' }] },
    { name: 'heredoc', code: 'FROM ruby:3.3\nRUN <<EOF\ngem install rake\nEOF', errors: [{ line: 3, column: 13, message: 'Pin the version of `rake`: `gem install rake:<version>`' }] },
    { name: 'ONBUILD', code: 'FROM ruby:3.3\nONBUILD RUN gem install rake', errors: [{ line: 2, column: 25, message: 'Pin the version of `rake`: `gem install rake:<version>`' }] },
  ],
});
