FROM public.ecr.aws/lambda/ruby:3.2 AS core
FROM core AS tools
RUN gem install bundler:2.5.0
FROM tools AS runtime
FROM runtime AS al_v1
FROM tools AS al_v1
#             ^^^^^ DL3024
FROM tools as Runtime
#             ^^^^^^^ DL3024
