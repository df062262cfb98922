FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 && zypper clean
RUN zypper install -y git=2.43.0 && zypper clean
RUN zypper --gpg-auto-import-keys install git=2.43.0 && zypper clean
#                                 ^^^^^^^ DL3034 Use `zypper -n install` so zypper does not wait for an answer
RUN zypper refresh && zypper patch
#                            ^^^^^ DL3034 Use `zypper -n patch` so zypper does not wait for an answer
