FROM scratch
ENV APP_HOME=/srv/app
COPY bin/ ${APP_HOME}/bin/
ENV PATH=${APP_HOME}/bin:$PAHT
#                        ^^^^^ DF3006 `$PAHT` is not defined here (did you mean `$PATH`?), so the builder makes it an empty string: declare it with `ARG PAHT` in this stage (a global ARG too) or set it with `ENV` before this line
WORKDIR \$HOME
USER ${RUN_AS:-65532}
#    ^^^^^^^^^^^^^^^^ DF3006 `$RUN_AS` is not defined here, so the builder makes it an empty string: declare it with `ARG RUN_AS` in this stage (a global ARG too) or set it with `ENV` before this line
