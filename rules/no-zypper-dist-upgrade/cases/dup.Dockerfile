FROM opensuse/leap:15.6
RUN zypper -n update && zypper clean
RUN zypper -n dup && zypper clean
#             ^^^ DL3035 Do not use `zypper dup`: start from a newer base image and run `zypper update`
