import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-apt-no-install-recommends.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl',
    'FROM debian:12\nRUN apt-get --no-install-recommends install -y curl',
    'FROM debian:12\nRUN apt-get install -y curl --no-install-recommends',
    'FROM debian:12\nRUN apt install -y --no-install-recommends curl',
    'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install python3',
    'FROM debian:12\nRUN apt-get -o=APT::Install-Recommends=0 install python3',
    'FROM debian:12\nRUN apt-get install -o "apt::install-recommends=no" python3',
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y',
    'FROM debian:12\nRUN apt-get remove -y curl',
    'FROM debian:12\nRUN echo apt-get install curl',
    'FROM debian:12\nRUN apt-cache show install',
    'FROM debian:12\nRUN ["apt-get", "install", "--no-install-recommends", "curl"]',
    { name: 'aptitude has other options', code: 'FROM debian:12\nRUN aptitude install -y curl' },
    {
      name: 'apt configured earlier in the RUN',
      code: "FROM debian:12\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99norecommends \\\n    && apt-get install -y curl",
    },
    {
      name: 'apt configured by an earlier RUN',
      code: "FROM debian:12\nRUN echo 'APT::Install-Recommends \"0\";' >> /etc/apt/apt.conf.d/80recommends\nRUN apt-get install -y curl",
    },
    {
      name: 'apt configured through tee',
      code: "FROM debian:12\nRUN echo 'APT::Install-Recommends \"false\";' | tee /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y curl",
    },
    {
      name: 'apt configured in the stage it is built on',
      code: "FROM debian:12 AS base\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99x\nFROM base\nRUN apt-get install -y curl",
    },
    {
      name: 'apt configured in the stage, before an ONBUILD trigger runs',
      code: "FROM debian:12\nONBUILD RUN apt-get install -y curl\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99x",
    },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN apt-get install curl' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl',
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 20, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl',
    },
    {
      code: 'FROM debian:12\nRUN apt-get -y install python3',
      errors: [{ line: 2, column: 16, endColumn: 23, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: 'FROM debian:12\nRUN apt-get -y install --no-install-recommends python3',
    },
    {
      name: '`apt install` too',
      code: 'FROM debian:12\nRUN apt update && apt install -y curl',
      errors: [{ line: 2, column: 23, message: /`apt install`/ }],
      output: 'FROM debian:12\nRUN apt update && apt install --no-install-recommends -y curl',
    },
    {
      name: 'each install of the RUN',
      code: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y a \\\n    && apt-get install -y --no-install-recommends b \\\n    && apt-get install -y c',
      errors: [{ line: 3, column: 16, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }, { line: 5, column: 16, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install --no-install-recommends -y a \\\n    && apt-get install -y --no-install-recommends b \\\n    && apt-get install --no-install-recommends -y c',
    },
    {
      name: 'packages in a variable',
      code: 'FROM debian:12\nARG PKGS="curl git"\nRUN apt-get install -y $PKGS',
      errors: [{ line: 3, column: 13, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: 'FROM debian:12\nARG PKGS="curl git"\nRUN apt-get install --no-install-recommends -y $PKGS',
    },
    {
      name: 'an option that is not the recommends one',
      code: 'FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confold install -y x',
      errors: [{ line: 2, column: 48, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: 'FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confold install --no-install-recommends -y x',
    },
    {
      name: 'recommends turned on explicitly',
      code: 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install x',
      errors: [{ line: 2, column: 45, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install --no-install-recommends x',
    },
    {
      name: 'through sudo and xargs',
      code: 'FROM debian:12\nRUN sudo apt-get install -y a && xargs -r apt-get install -y < /pkgs',
      errors: [{ line: 2, column: 18, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }, { line: 2, column: 51, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: 'FROM debian:12\nRUN sudo apt-get install --no-install-recommends -y a && xargs -r apt-get install --no-install-recommends -y < /pkgs',
    },
    {
      name: 'exec form',
      code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]',
      errors: [{ line: 2, column: 17, endColumn: 26, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: 'FROM debian:12\nRUN ["apt-get", "install", "--no-install-recommends", "-y", "curl"]',
    },
    {
      name: 'heredoc',
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF',
      errors: [{ line: 4, column: 9, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install --no-install-recommends -y curl\nEOF',
    },
    {
      name: 'configuration written after the install does not count',
      code: "FROM debian:12\nRUN apt-get install -y curl \\\n    && echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99x",
      errors: [{ line: 2, column: 13, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: "FROM debian:12\nRUN apt-get install --no-install-recommends -y curl \\\n    && echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99x",
    },
    {
      name: 'configuration in an unrelated stage does not count',
      code: "FROM debian:12 AS other\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99x\nFROM debian:12\nRUN apt-get install -y curl",
      errors: [{ line: 4, column: 13, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: "FROM debian:12 AS other\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99x\nFROM debian:12\nRUN apt-get install --no-install-recommends -y curl",
    },
    {
      name: 'ONBUILD',
      code: 'FROM debian:12\nONBUILD RUN apt-get install -y curl',
      errors: [{ line: 2, column: 21, message: 'Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for' }],
      output: 'FROM debian:12\nONBUILD RUN apt-get install --no-install-recommends -y curl',
    },
  ],
});
