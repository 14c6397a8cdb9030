#ifndef TIER_CHIREDIS_SHIM_H
#define TIER_CHIREDIS_SHIM_H

/* Debian's libhiredis-dev (pkg-config hiredis puts /usr/include/hiredis on the include path). */
#include <hiredis.h>
#include <sys/time.h>

/* Swift cannot call C variadic functions: commands go through redisCommandArgv, which is not one. */

static inline redisContext *tier_redis_connect(const char *host, int port, long timeout_us) {
    struct timeval tv = { timeout_us / 1000000, timeout_us % 1000000 };
    return redisConnectWithTimeout(host, port, tv);
}

static inline int tier_redis_set_timeout(redisContext *c, long timeout_us) {
    struct timeval tv = { timeout_us / 1000000, timeout_us % 1000000 };
    return redisSetTimeout(c, tv);
}

static inline redisReply *tier_redis_command(redisContext *c, int argc, const char **argv, const size_t *lens) {
    return (redisReply *)redisCommandArgv(c, argc, argv, lens);
}

/* TLS (rediss://) needs hiredis_ssl, a separate library from hiredis 1.0 on; Debian 12 ships hiredis 0.14
   without it, so this target does not link it and tier reports rediss:// as a config error. */
static inline int tier_redis_has_tls(void) { return 0; }

#endif
