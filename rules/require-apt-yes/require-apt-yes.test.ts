import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-apt-yes.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl',
    'FROM debian:12\nRUN apt-get -y install curl',
    'FROM debian:12\nRUN apt-get install --yes curl',
    'FROM debian:12\nRUN apt-get install --assume-yes curl',
    'FROM debian:12\nRUN apt-get install -yq --no-install-recommends curl',
    'FROM debian:12\nRUN apt-get install -qq curl',
    'FROM debian:12\nRUN apt-get install -q -q curl',
    'FROM debian:12\nRUN apt-get install --quiet --quiet curl',
    'FROM debian:12\nRUN apt-get install -q=2 curl',
    'FROM debian:12\nRUN apt-get -qqq install curl',
    'FROM debian:12\nRUN apt-get update',
    'FROM debian:12\nRUN apt-get remove curl',
    'FROM debian:12\nRUN echo apt-get install curl',
    { name: 'Assume-Yes option', code: 'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl' },
    { name: 'fed by yes', code: 'FROM debian:12\nRUN yes | apt-get install curl' },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN apt-get install curl' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install curl',
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 20, message: "Add `-y` to `apt-get install`: a build cannot answer apt's confirmation prompt" }],
      output: 'FROM debian:12\nRUN apt-get install -y curl',
    },
    { name: 'one -q is not enough', code: 'FROM debian:12\nRUN apt-get install -q curl', errors: [{ line: 2, column: 13, message: 'Add `-y` to `apt-get install`: a build cannot answer apt\'s confirmation prompt' }], output: 'FROM debian:12\nRUN apt-get install -y -q curl' },
    { name: 'Assume-Yes false', code: 'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=false install curl', errors: [{ line: 2, column: 43, message: 'Add `-y` to `apt-get install`: a build cannot answer apt\'s confirmation prompt' }], output: 'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=false install -y curl' },
    { name: 'apt install', code: 'FROM debian:12\nRUN apt install curl', errors: [{ line: 2, column: 9, message: 'Add `-y` to `apt install`: a build cannot answer apt\'s confirmation prompt' }], output: 'FROM debian:12\nRUN apt install -y curl' },
    { name: 'through sudo', code: 'FROM debian:12\nRUN sudo apt-get install curl', errors: [{ line: 2, column: 18, message: 'Add `-y` to `apt-get install`: a build cannot answer apt\'s confirmation prompt' }], output: 'FROM debian:12\nRUN sudo apt-get install -y curl' },
    { name: 'piped from something else', code: 'FROM debian:12\nRUN echo y | apt-get install curl', errors: [{ line: 2, column: 22, message: 'Add `-y` to `apt-get install`: a build cannot answer apt\'s confirmation prompt' }], output: 'FROM debian:12\nRUN echo y | apt-get install -y curl' },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["apt-get", "install", "curl"]', errors: [{ line: 2, column: 17, endColumn: 26, message: 'Add `-y` to `apt-get install`: a build cannot answer apt\'s confirmation prompt' }], output: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]' },
    { name: 'heredoc', code: 'FROM debian:12\nRUN <<EOF\napt-get install curl\nEOF', errors: [{ line: 3, column: 9, message: 'Add `-y` to `apt-get install`: a build cannot answer apt\'s confirmation prompt' }], output: 'FROM debian:12\nRUN <<EOF\napt-get install -y curl\nEOF' },
    { name: 'ONBUILD', code: 'FROM debian:12\nONBUILD RUN apt-get install curl', errors: [{ line: 2, column: 21, message: 'Add `-y` to `apt-get install`: a build cannot answer apt\'s confirmation prompt' }], output: 'FROM debian:12\nONBUILD RUN apt-get install -y curl' },
  ],
});
