// OpenSSL's libcrypto (Debian's libssl-dev): SHA-256 of client keys for `tier serve`. libcurl
// already loads this library, so linking it costs the other subcommands nothing at start-up.
#include <openssl/sha.h>
