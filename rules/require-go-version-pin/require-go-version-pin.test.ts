import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-go-version-pin.js';

testRule(rule, {
  valid: [
    'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2',
    'FROM golang:1.23\nRUN go install github.com/x/y@0123456789ab',
    'FROM golang:1.23\nRUN go install',
    'FROM golang:1.23\nRUN go install ./cmd/...',
    'FROM golang:1.23\nRUN go install .',
    'FROM golang:1.23\nRUN go get -u ./...',
    'FROM golang:1.23\nRUN go get example.com/dep@none',
    'FROM golang:1.23\nRUN go run main.go serve',
    'FROM golang:1.23\nRUN go run ./cmd/gen -out /tmp/x',
    'FROM golang:1.23\nRUN go run example.com/gen@v1.0.0 unpinned-arg',
    'FROM golang:1.23\nRUN go install -ldflags "-s -w" -o /bin/app ./cmd/app',
    'FROM golang:1.23\nRUN go build -o /bin/app .',
    'FROM golang:1.23\nRUN go mod download',
    'FROM golang:1.23\nRUN echo go install example.com/x',
    { name: 'ARG version', code: 'FROM golang:1.23\nARG GOPLS_VERSION=v0.16.2\nRUN go install golang.org/x/tools/gopls@${GOPLS_VERSION}' },
    { name: 'ARG without default is not judged', code: 'FROM golang:1.23\nARG PKG\nRUN go install $PKG' },
    { name: 'exec form', code: 'FROM golang:1.23\nRUN ["go", "install", "example.com/x@v1.0.0"]' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN go install example.com/x' },
  ],
  invalid: [
    {
      code: 'FROM golang:1.23\nRUN go install example.com/tool',
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 32, message: 'Pin the version of `example.com/tool`: `go install example.com/tool@<version>`' }],
    },
    {
      name: '@latest',
      code: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest',
      errors: [{ line: 2, column: 16, message: 'Pin the version of `golang.org/x/tools/gopls@latest`: `go install golang.org/x/tools/gopls@<version>`' }],
    },
    { name: 'go get', code: 'FROM golang:1.23\nRUN go get -u github.com/x/y', errors: [{ line: 2, column: 15, message: 'Pin the version of `github.com/x/y`: `go get github.com/x/y@<version>`' }] },
    { name: 'go run of a module', code: 'FROM golang:1.23\nRUN go run github.com/x/gen@upgrade -o x', errors: [{ line: 2, column: 12, message: 'Pin the version of `github.com/x/gen@upgrade`: `go run github.com/x/gen@<version>`' }] },
    { name: 'every go command of the RUN', code: 'FROM golang:1.23\nRUN go run ./gen && go install example.com/x', errors: [{ line: 2, column: 32, message: 'Pin the version of `example.com/x`: `go install example.com/x@<version>`' }] },
    { name: 'build flag values are no packages', code: 'FROM golang:1.23\nRUN go install -tags netgo example.com/x', errors: [{ line: 2, column: 28, message: 'Pin the version of `example.com/x`: `go install example.com/x@<version>`' }] },
    {
      name: 'ARG value expanded',
      code: 'FROM golang:1.23\nARG TOOLS="example.com/a@v1.0.0 example.com/b"\nRUN go install $TOOLS',
      errors: [{
        line: 3, column: 16, endColumn: 22,
        message: 'Pin the version of `example.com/b`: `go install example.com/b@<version>`',
        related: [{ line: 3, column: 16, endColumn: 22, message: '`example.com/b` (from `$TOOLS`) has no pinned version' }],
      }],
    },
    {
      name: 'one finding per go install (paraphrased from a dev-tools stage)',
      code: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest github.com/go-delve/delve/cmd/dlv@v1.23.1 honnef.co/go/tools/cmd/staticcheck',
      errors: [{
        line: 2, column: 16, endColumn: 47,
        message: 'Pin the versions of `golang.org/x/tools/gopls@latest` and `honnef.co/go/tools/cmd/staticcheck`: `go install golang.org/x/tools/gopls@<version>`',
        related: [
          { line: 2, column: 16, endColumn: 47, message: '`golang.org/x/tools/gopls@latest` has no pinned version' },
          { line: 2, column: 90, endColumn: 124, message: '`honnef.co/go/tools/cmd/staticcheck` has no pinned version' },
        ],
      }],
    },
    { name: 'exec form', code: 'FROM golang:1.23\nRUN ["go", "install", "example.com/x"]', errors: [{ line: 2, column: 23, endColumn: 38, message: 'Pin the version of `example.com/x`: `go install example.com/x@<version>`' }] },
    { name: 'heredoc', code: 'FROM golang:1.23\nRUN <<EOF\ngo install example.com/x\nEOF', errors: [{ line: 3, column: 12, message: 'Pin the version of `example.com/x`: `go install example.com/x@<version>`' }] },
    { name: 'ONBUILD', code: 'FROM golang:1.23\nONBUILD RUN go install example.com/x', errors: [{ line: 2, column: 24, message: 'Pin the version of `example.com/x`: `go install example.com/x@<version>`' }] },
  ],
});
