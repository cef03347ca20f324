# host

## src/host/load.rs

host-this-not-regular-file = this is not a regular file (a device, a pipe or a socket): goalie reads only regular .goals files
host-this-binary-file-not = this is a binary file, not a .goals text file (it contains a NUL byte here)
host-this-file-not-valid = this file is not valid UTF-8 text; save it as UTF-8

## src/host/locked.rs

host-error-read-only-nothing = error: { $path } is read-only; nothing was written
host-error-changed-while-goalie = error: { $path } changed while goalie was working on it; it was left as it is: run the command again
host-error-cannot-write-file = error: cannot write to { $path }: { $error }; the file is unchanged

## src/host/config.rs

host-file-too-large = this file is { $size } MiB, over the { $limit } MiB limit for a .goals file: split it (a log file per year, for instance)
host-cannot-read-configuration = cannot read the configuration: { $reason }
# The reason a goalie.toml is not read (an OS error otherwise).
host-configuration-over-limit = over the { $limit } KiB limit

## src/host/config.rs

host-configuration-not-regular-file = the configuration is not a regular file (a device, a pipe or a socket)
host-configuration-not-utf-8 = the configuration is not UTF-8 text
