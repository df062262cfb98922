# syntax=docker/dockerfile:1
# escape=`
# ESCAPE=`
# check=skip=JSONArgsRecommended
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN dir c:\
# expect DF1006 3:1-3:11 Only one `escape` parser directive can be used
