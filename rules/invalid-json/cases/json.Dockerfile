FROM debian:12
SHELL /bin/bash -o pipefail -c
#     ^^^^^^^^^^^^^^^^^^^^^^^^ DF1004 `SHELL` requires its arguments in JSON form, such as `SHELL ["/bin/bash", "-c"]`
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
EXPOSE 8080
HEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/", 1]
#               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF1004 When using JSON array syntax, arrays must be comprised of strings only
# Single quotes are not JSON: BuildKit silently runs this in shell form (see DF3005).
ENTRYPOINT ['/app']
CMD ["--port", 8080]
#   ^^^^^^^^^^^^^^^^ DF1004 When using JSON array syntax, arrays must be comprised of strings only
