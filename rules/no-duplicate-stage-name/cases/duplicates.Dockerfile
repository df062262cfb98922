FROM public.ecr.aws/lambda/ruby:3.2 AS core
FROM core AS tools
RUN gem install bundler:2.5.0
FROM tools AS runtime
FROM runtime AS al_v1
FROM tools AS al_v1
#             ^^^^^ DL3024 Stage name `al_v1` is already used by the stage on line 5; give each stage a unique name
FROM tools as Runtime
#             ^^^^^^^ DL3024 Stage name `Runtime` is already used by the stage on line 4; give each stage a unique name
